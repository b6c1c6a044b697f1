#include "RequestDocuments.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include "report/StatePalette.h"
#include "util/Clock.h"

#include "util/Formatting.h"
#include <QCoreApplication>
#include <QLocale>

namespace cd::requests {

namespace {

// Chart colours with the meaning they have everywhere: open work in blues, completed in the
// "ok" green, closed without result in greys. Red is kept for overdue, which is not a state.
QString stateFill(RequestState state)
{
    switch (state) {
    case RequestState::Received: return StatePalette::fill(StateTone::Info, -2);
    case RequestState::Verification: return StatePalette::fill(StateTone::Info, -1);
    case RequestState::InProgress: return StatePalette::fill(StateTone::Info);
    case RequestState::Waiting: return StatePalette::fill(StateTone::Info, 1);
    case RequestState::Completed: return StatePalette::fill(StateTone::Ok);
    case RequestState::Rejected: return StatePalette::fill(StateTone::Neutral);
    case RequestState::Withdrawn: return StatePalette::fill(StateTone::Neutral, -2);
    }
    return StatePalette::fill(StateTone::Neutral);
}

QLocale localeFor(const QString& language)
{
    return language == Languages::chinese() ? QLocale(QLocale::Chinese, QLocale::China)
                                            : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString dateText(const QDate& d, const QString& language)
{
    if (!d.isValid()) {
        return QStringLiteral("—");
    }
    return fmt::date(d, language);
}

QString dateTimeText(const QDateTime& utc, const QString& language)
{
    if (!utc.isValid()) {
        return QStringLiteral("—");
    }
    return fmt::dateTime(utc, language);
}

struct TypeName {
    RequestType type;
    const char* english;
    const char* chinese;
};
const TypeName kTypeNames[] = {
    { RequestType::Access, "access/copy", "查阅、复制" },
    { RequestType::Correction, "correction", "更正" },
    { RequestType::Deletion, "deletion", "删除" },
    { RequestType::Cancellation, "account cancellation", "注销账户" },
    { RequestType::ConsentWithdrawal, "consent withdrawal", "撤回同意" },
    { RequestType::Portability, "portability", "转移" },
    { RequestType::Other, "personal information", "个人信息" },
};

QString typeName(RequestType t, const QString& language)
{
    for (const TypeName& n : kTypeNames) {
        if (n.type == t) {
            return bilingual(language, n.english, n.chinese);
        }
    }
    return {};
}

QString categoryName(const QString& category, const QString& language)
{
    if (category == QLatin1String("contact_submissions")) {
        return bilingual(language, "Contact submissions (name, phone, email, region, message)",
            "联系记录（姓名、电话、电子邮箱、地区、留言）");
    }
    if (category == QLatin1String("request_contact_details")) {
        return bilingual(language, "Rights requests: requester's name, contact details and description",
            "权利请求：请求人姓名、联系方式及请求内容");
    }
    if (category == QLatin1String("attachments")) {
        return bilingual(language, "Request attachments (e.g. identity documents)", "请求附件（如身份证明材料）");
    }
    return category;
}

QString contactLineIn(const QString& language)
{
    const QString officer = ReportDocument::officerLine(language);
    return bilingual(language, "Personal information protection contact: security@vivest.cn",
               "个人信息保护联系方式：security@vivest.cn")
        + (officer.isEmpty() ? QString() : QStringLiteral("\n") + officer);
}

} // namespace

QString bilingual(const QString& language, const char* english, const char* chinese)
{
    return language == Languages::chinese() ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
}

QString fillLetterTemplate(const QString& templ, const RightsRequest& r, const QString& language)
{
    QString text = templ;
    const Choice* reason = findChoice(rejectionReasons(), r.rejectionReason);
    const Choice* ground = findChoice(deletionGrounds(), r.deletionGround);
    // The name goes in last so a name that looks like a placeholder is never expanded.
    text.replace(QLatin1String("{number}"), r.number)
        .replace(QLatin1String("{received}"), dateText(r.receivedOn, language))
        .replace(QLatin1String("{type}"), typeName(r.type, language))
        .replace(QLatin1String("{reason}"), reason ? reason->inLanguage(language) : QString())
        .replace(QLatin1String("{explanation}"), r.rejectionText)
        .replace(QLatin1String("{ground}"), ground ? ground->inLanguage(language) : QString())
        .replace(QLatin1String("{date}"), dateText(Clock::today(), language))
        .replace(QLatin1String("{contact}"), QStringLiteral("security@vivest.cn"));
    return text;
}

QList<QPair<QString, QString>> letterPlaceholders()
{
    return { { QStringLiteral("{number}"), cd::RequestsText::tr("the request number, e.g. RR-2026-0001") },
        { QStringLiteral("{received}"), cd::RequestsText::tr("the date the request was received") },
        { QStringLiteral("{type}"), cd::RequestsText::tr("the kind of request, e.g. \"deletion\"") },
        { QStringLiteral("{reason}"), cd::RequestsText::tr("rejections: the reason chosen") },
        { QStringLiteral("{explanation}"), cd::RequestsText::tr("rejections: the explanation written for the person") },
        { QStringLiteral("{ground}"), cd::RequestsText::tr("deletions: the legal ground") },
        { QStringLiteral("{date}"), cd::RequestsText::tr("the date of the letter") },
        { QStringLiteral("{contact}"), cd::RequestsText::tr("the personal information protection contact address") } };
}

ReportDocument buildResponseLetter(
    RequestService& service, const RightsRequest& r, const QString& language, const QString& preparedBy)
{
    return buildResponseLetter(service.letterTemplate(outcomeFor(r), language), r, language, preparedBy);
}

ReportDocument buildResponseLetter(
    const QString& templateBody, const RightsRequest& r, const QString& language, const QString& preparedBy)
{
    ReportDocument doc;
    doc.language = language;
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = preparedBy;
    doc.title = bilingual(language, "Response to your personal information request", "关于您的个人信息权利请求的答复");
    doc.scope = r.number;
    const QString greetingName
        = r.erased || r.requesterName.isEmpty() ? bilingual(language, "Sir or Madam", "请求人") : r.requesterName;
    doc.keyValues({ { bilingual(language, "Reference", "编号"), r.number },
        { bilingual(language, "Date", "日期"), dateText(Clock::today(), language) },
        { bilingual(language, "Request", "请求类型"), typeName(r.type, language) },
        { bilingual(language, "Received", "收到日期"), dateText(r.receivedOn, language) } });
    doc.paragraph(language == Languages::chinese() ? QStringLiteral("尊敬的%1：").arg(greetingName)
                                                   : QStringLiteral("Dear %1,").arg(greetingName));
    const QString body = fillLetterTemplate(templateBody, r, language);
    for (const QString& para : body.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        doc.paragraph(para);
    }
    doc.paragraph(bilingual(language,
        "If you have any questions about this letter or about how we handle your personal "
        "information, please contact our personal information protection officer at "
        "security@vivest.cn, quoting the reference above.",
        "如您对本答复或我们处理您个人信息的方式有任何疑问，请引用上述编号，通过 security@vivest.cn "
        "联系我们的个人信息保护负责人。"));
    doc.paragraph(
        bilingual(language, "Yours faithfully,\nPersonal Information Protection Office", "此致\n个人信息保护办公室"));
    doc.paragraph(contactLineIn(language));
    doc.finishAsLetter();
    return doc;
}

ReportDocument buildDeletionCertificate(
    const RightsRequest& r, const QString& language, const QString& preparedBy, const BackupExposure* backups)
{
    ReportDocument doc;
    doc.language = language;
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = preparedBy;
    doc.title = bilingual(language, "Certificate of deletion of personal information", "个人信息删除证明");
    doc.scope = r.number;
    const Choice* ground = findChoice(deletionGrounds(), r.deletionGround);
    doc.paragraph(bilingual(language,
        "This certifies that the personal information described below was deleted from the "
        "Compliance Desk vault in response to the rights request named here. The deleted values "
        "themselves are not reproduced; only their categories and numbers are recorded.",
        "兹证明：为答复下述个人信息主体权利请求，已从合规工作台加密数据库中删除下列个人信息。"
        "本证明不载有被删除的信息内容，仅记录其类别和数量。"));
    doc.keyValues({ { bilingual(language, "Request number", "请求编号"), r.number },
        { bilingual(language, "Request type", "请求类型"), typeName(r.type, language) },
        { bilingual(language, "Received", "收到日期"), dateText(r.receivedOn, language) },
        { bilingual(language, "Legal ground", "删除依据"), ground ? ground->inLanguage(language) : QString() },
        { bilingual(language, "Deleted at", "删除时间"), dateTimeText(r.fulfilledAt, language) },
        { bilingual(language, "Deleted by", "执行人"), r.fulfilledByName } });
    doc.heading(bilingual(language, "What was deleted", "删除内容"));
    ReportTable t;
    t.headers = { bilingual(language, "Category", "类别"), bilingual(language, "Records", "记录数") };
    t.numericColumns = { 1 };
    for (auto it = r.deletionCounts.begin(); it != r.deletionCounts.end(); ++it) {
        t.rows.append({ categoryName(it.key(), language), localeFor(language).toString(it.value()) });
    }
    t.emptyText = bilingual(language, "No records were deleted.", "未删除任何记录。");
    doc.table(t);
    // What the search found and what it did not: a deletion that deleted nothing must say so.
    doc.heading(bilingual(language, "What was found", "查找结果"));
    const QLocale locale = localeFor(language);
    if (r.deletionCounts.value(QStringLiteral("contact_submissions")) == 0) {
        doc.paragraph(bilingual(language,
            "No contact submissions were found for the requester: none was confirmed as theirs, so none was "
            "deleted.",
            "未找到属于请求人的联系记录：没有记录被确认为其本人的记录，因此未删除任何联系记录。"));
    }
    const int kept = r.keptCounts.value(QStringLiteral("dismissed_matches"));
    if (kept > 0) {
        doc.paragraph(bilingual(language,
            "Records that share the requester's email address or phone number but were confirmed as another "
            "person's, and were therefore kept: %1.",
            "与请求人电子邮箱或电话号码相同、但经确认属于他人因而予以保留的记录：%1 条。")
                          .arg(locale.toString(kept)));
    } else {
        doc.paragraph(bilingual(language,
            "Every record matching the requester's email address or phone number was confirmed as theirs before "
            "the deletion; none was kept.",
            "删除前，所有与请求人电子邮箱或电话号码相符的记录均已确认属于请求人本人；未保留任何此类记录。"));
    }
    doc.paragraph(bilingual(language,
        "Search-index entries derived from these records were removed as well, and the vault "
        "overwrites freed storage, so the deleted values cannot be recovered from it.",
        "由上述记录生成的检索索引条目已一并删除；加密数据库会覆盖释放的存储空间，被删除的信息无法从中恢复。"));
    doc.heading(bilingual(language, "Backups", "备份"));
    doc.paragraph(bilingual(language,
        "The vault keeps keyed hashes of the person's email address and phone number (never the values) in "
        "its erasure ledger. Restoring an older backup removes the person's records again before the restored "
        "data is shown, and importing a file that still holds them skips them.",
        "加密数据库在删除记录表中仅保存请求人电子邮箱和电话号码的密钥散列值（不保存其本身）。恢复较早的备份时，"
        "系统会在恢复的数据可见之前再次删除该请求人的记录；导入仍含有这些记录的文件时，系统会跳过这些记录。"));
    if (backups && backups->automatic) {
        if (backups->holding == 0) {
            doc.paragraph(bilingual(language, "No automatic backup made before the deletion remains on this computer.",
                "本机已无删除前制作的自动备份。"));
        } else {
            QString text = bilingual(language,
                "%1 automatic backup(s) made before the deletion still hold the deleted records, the newest made "
                "on %2. The backup rotation keeps the newest %3; the last of these backups is deleted after %4 "
                "more automatic backup(s) (one is made each time the vault is closed).",
                "删除前制作的 %1 份自动备份仍含有被删除的记录，其中最新一份制作于 %2。备份轮换保留最新的 %3 份；"
                "再制作 %4 份自动备份（每次关闭数据库时制作一份）后，其中最后一份将被删除。")
                               .arg(locale.toString(backups->holding), dateTimeText(backups->lastHoldingAt, language),
                                   locale.toString(backups->keep), locale.toString(backups->remainingBackups));
            if (backups->estimatedExpiry.isValid()) {
                text += QLatin1Char(' ')
                    + bilingual(
                        language, "At the current backup pace that is around %1.", "按目前的备份频率，约为 %1。")
                          .arg(dateText(backups->estimatedExpiry, language));
            }
            doc.paragraph(text);
        }
    } else if (backups) {
        doc.paragraph(bilingual(language,
            "Automatic backups are off on this computer; copies made by hand are not tracked by the rotation.",
            "本机未开启自动备份；手动制作的备份不在轮换范围内。"));
    }
    doc.heading(bilingual(language, "Privacy officer sign-off", "个人信息保护负责人签核"));
    if (r.signedOffAt.isValid()) {
        doc.keyValues({ { bilingual(language, "Signed off by", "签核人"), r.signedOffByName },
            { bilingual(language, "Signed off at", "签核时间"), dateTimeText(r.signedOffAt, language) } });
    } else {
        doc.paragraph(bilingual(language,
            "Not yet signed off: this certificate is a draft until the privacy officer "
            "signs it off.",
            "尚未签核：经个人信息保护负责人签核后本证明方为正式版本。"));
    }
    doc.paragraph(contactLineIn(language));
    doc.finishAsLetter();
    return doc;
}

ReportDocument buildDataPackageReport(const DataPackage& p, const QString& preparedBy)
{
    // Both languages side by side, so one file serves the person whatever they read.
    auto both = [](const char* english, const char* chinese) -> QString {
        return QString::fromUtf8(chinese) + QStringLiteral(" / ") + QString::fromUtf8(english);
    };
    ReportDocument doc;
    doc.language = Languages::chinese();
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = preparedBy;
    doc.title = both("Copy of your personal information", "您的个人信息副本");
    doc.scope = p.request.number;
    doc.paragraph(both("This package contains every record we hold that was linked to you when handling your request.",
        "本文件包含我们在处理您的请求时确认与您有关的全部记录。"));
    doc.heading(both("Contact submissions", "联系记录"));
    ReportTable subs;
    subs.headers = { both("Received", "收到时间"), both("Name", "姓名"), both("Phone", "电话"),
        both("Email", "电子邮箱"), both("Region", "地区"), both("Message", "留言") };
    for (const LinkedSubmission& s : p.submissions) {
        subs.rows.append(
            { dateTimeText(s.receivedAt, Languages::chinese()), s.name, s.phone, s.email, s.region, s.message });
    }
    subs.emptyText = both("None.", "无。");
    doc.table(subs);
    doc.heading(both("Rights requests", "权利请求"));
    ReportTable reqs;
    reqs.headers = { both("Number", "编号"), both("Type", "类型"), both("Received", "收到日期"), both("Name", "姓名"),
        both("Email", "电子邮箱"), both("Phone", "电话"), both("Description", "请求内容") };
    for (const RightsRequest& r : p.requests) {
        reqs.rows.append({ r.number,
            typeName(r.type, Languages::chinese()) + QStringLiteral(" / ") + typeName(r.type, Languages::english()),
            r.receivedOn.toString(Qt::ISODate), r.requesterName, r.email, r.phone, r.description });
    }
    doc.table(reqs);
    doc.paragraph(contactLineIn(Languages::chinese()) + QStringLiteral(" / ") + contactLineIn(Languages::english()));
    // Goes to the person, but their own values are copied exactly as stored: no tidying.
    doc.forRecipient = true;
    return doc;
}

Result<RegisterSummary> buildRegisterSummary(RequestService& service, const QDate& from, const QDate& to)
{
    RequestFilter f;
    f.receivedFrom = from;
    f.receivedTo = to;
    auto list = service.list(f);
    if (!list) {
        return list.error();
    }
    RegisterSummary s;
    s.requests = list.value();
    for (const RightsRequest& r : s.requests) {
        s.byTypeAndState[r.type][r.state] += 1;
        if (isTerminal(r.state) && r.state != RequestState::Withdrawn && r.closedAt.isValid()) {
            ++s.closed;
            if (r.closedAt.toLocalTime().date() <= r.dueOn) {
                ++s.closedOnTime;
            }
        }
    }
    return s;
}

QStringList registerTableHeaders()
{
    return { cd::RequestsText::tr("Number"), cd::RequestsText::tr("Type"),
        cd::RequestsText::tr("Received", "date column"), cd::RequestsText::tr("Channel"), cd::RequestsText::tr("State"),
        cd::RequestsText::tr("Due", "date column"), cd::RequestsText::tr("Closed", "date column"),
        cd::RequestsText::tr("On time") };
}

QList<QStringList> registerTableRows(const RegisterSummary& s)
{
    QList<QStringList> rows;
    for (const RightsRequest& r : s.requests) {
        const bool closed = r.closedAt.isValid();
        rows.append({ r.number, displayName(r.type), r.receivedOn.toString(Qt::ISODate), displayName(r.channel),
            displayName(r.state), r.dueOn.toString(Qt::ISODate),
            closed ? r.closedAt.toLocalTime().date().toString(Qt::ISODate) : QString(),
            !closed ? QString()
                    : (r.closedAt.toLocalTime().date() <= r.dueOn ? cd::RequestsText::tr("yes")
                                                                  : cd::RequestsText::tr("no")) });
    }
    return rows;
}

QStringList registerCountHeaders()
{
    QStringList headers { cd::RequestsText::tr("Type") };
    for (RequestState st : allStates()) {
        headers << displayName(st);
    }
    headers << cd::RequestsText::tr("Total");
    return headers;
}

QList<QStringList> registerCountRows(const RegisterSummary& s)
{
    QList<QStringList> rows;
    const QList<RequestState> states = allStates();
    QList<int> columnTotals(states.size() + 1, 0);
    for (RequestType type : allTypes()) {
        QStringList row { displayName(type) };
        int total = 0;
        for (int i = 0; i < states.size(); ++i) {
            const int n = s.byTypeAndState.value(type).value(states.at(i));
            row << QString::number(n);
            total += n;
            columnTotals[i] += n;
        }
        columnTotals[states.size()] += total;
        row << QString::number(total);
        rows.append(row);
    }
    QStringList totals { cd::RequestsText::tr("Total") };
    for (int n : columnTotals) {
        totals << QString::number(n);
    }
    rows.append(totals);
    return rows;
}

ReportDocument buildRegisterReport(
    const RegisterSummary& s, const QDate& from, const QDate& to, const QString& language, const QString& preparedBy)
{
    const QLocale locale = localeFor(language);
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.generatedAt = Clock::nowUtc();
    doc.generatedBy = preparedBy;
    doc.title = cd::RequestsText::tr("Register of rights requests");
    doc.scope = QStringLiteral("%1 – %2").arg(fmt::date(from), fmt::date(to));
    doc.keyValues({ { cd::RequestsText::tr("Requests received"), locale.toString(qsizetype(s.requests.size())) },
        { cd::RequestsText::tr("Closed (completed or rejected)"), locale.toString(s.closed) },
        { cd::RequestsText::tr("Closed on time"), locale.toString(s.closedOnTime) },
        { cd::RequestsText::tr("On-time rate"),
            s.closed > 0 ? locale.toString(s.onTimeRate() * 100.0, 'f', 1) + QLatin1Char('%')
                         : QStringLiteral("—") } });
    doc.heading(cd::RequestsText::tr("By type and outcome"));
    ReportTable t;
    t.headers << cd::RequestsText::tr("Type");
    const QList<RequestState> states = allStates();
    for (RequestState st : states) {
        t.headers << displayName(st);
    }
    t.headers << cd::RequestsText::tr("Total");
    ChartSpec chart;
    chart.type = ChartSpec::Type::StackedBar;
    chart.title = cd::RequestsText::tr("Requests by type and state");
    for (RequestState st : states) {
        chart.series.append(ChartSeries { displayName(st), {}, stateFill(st) });
    }
    for (RequestType type : allTypes()) {
        QStringList row { displayName(type) };
        int total = 0;
        chart.categories << displayName(type);
        for (int i = 0; i < states.size(); ++i) {
            const int n = s.byTypeAndState.value(type).value(states.at(i));
            row << locale.toString(n);
            total += n;
            chart.series[i].values << n;
        }
        row << locale.toString(total);
        t.rows.append(row);
    }
    for (int c = 1; c < t.headers.size(); ++c) {
        t.numericColumns << c;
    }
    doc.table(t);
    chart.noDataText = cd::RequestsText::tr("No requests in this period.");
    doc.chart(ReportChartSlot {
        QStringLiteral("requests-by-type"), cd::RequestsText::tr("Requests by type and state"), chart, 240, 80 });
    doc.heading(cd::RequestsText::tr("Requests"));
    ReportTable list;
    list.headers = registerTableHeaders();
    list.rows = registerTableRows(s);
    list.emptyText = cd::RequestsText::tr("No requests in this period.");
    doc.table(list);
    return doc;
}

} // namespace cd::requests
