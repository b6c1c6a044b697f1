#include "demo/DemoData.h"

#include "SearchIndex.h"
#include "SubmissionCount.h"
#include "SubmissionImport.h"
#include "SyntheticSubmissions.h"

#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QStringList>

#include <cmath>
#include <iterator>

namespace cd::submissions {

namespace {

const char16_t* const surnames[] = { u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周", u"徐", u"孙",
    u"马", u"朱", u"胡", u"郭", u"何", u"林", u"罗", u"高", u"郑", u"梁", u"谢", u"宋" };
const char16_t* const givenNames[] = { u"伟", u"芳", u"娜", u"敏", u"静", u"丽", u"强", u"磊", u"洋", u"艳", u"勇",
    u"军", u"杰", u"娟", u"涛", u"明", u"超", u"秀英", u"霞", u"平", u"刚", u"桂英", u"子涵", u"欣怡", u"浩然", u"雨轩",
    u"思远", u"佳琪", u"宇航", u"晓东" };
const char* const englishFirst[] = { "Emily", "James", "Olivia", "Daniel", "Sophie", "Michael", "Grace", "Lucas",
    "Hannah", "David", "Chloe", "Ethan" };
const char* const englishLast[] = { "Smith", "Brown", "Wilson", "Taylor", "Clarke", "Walker", "Wright", "Hughes" };
const char* const pinyin[] = { "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun",
    "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "zheng", "liang" };
const char* const domains[] = { "qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com", "foxmail.com",
    "hotmail.com", "yeah.net", "139.com" };
const char16_t* const regions[]
    = { u"北京市", u"上海市", u"广东省广州市", u"广东省深圳市", u"浙江省杭州市", u"江苏省南京市", u"江苏省苏州市",
          u"四川省成都市", u"湖北省武汉市", u"陕西省西安市", u"重庆市", u"天津市", u"山东省青岛市", u"福建省厦门市",
          u"湖南省长沙市", u"河南省郑州市", u"辽宁省沈阳市", u"云南省昆明市", u"安徽省合肥市", u"黑龙江省哈尔滨市" };
const char16_t* const messages[] = {
    u"想了解血糖仪的价格和购买渠道",
    u"订单%1一直没有发货，请尽快处理",
    u"请问如何删除我在贵公司的个人信息？",
    u"我想注销账号并删除所有数据",
    u"你们的隐私政策里提到的第三方共享具体是哪些公司？",
    u"设备连接手机App时总是失败",
    u"申请发票，订单号%1",
    u"请问产品是否有医疗器械注册证",
    u"希望成为你们的经销商，请联系我",
    u"收到的试纸有破损，要求退换",
    u"我的孩子今年14岁，可以使用你们的App吗？",
    u"请停止给我发送营销短信",
    u"想查询你们保存了我的哪些个人信息",
    u"体温计读数不准，如何校准",
    u"预约上门安装服务",
};
const char* const englishMessages[] = {
    "Please send me a quote for 200 units, order %1.",
    "How do I delete my account and personal data?",
    "Which third parties receive my data under your privacy policy?",
    "The device does not pair with my phone.",
    "I would like to become a distributor in my region.",
};
const int mobilePrefixes[] = { 130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 155, 156, 157, 158, 159, 166,
    176, 177, 178, 180, 181, 182, 183, 185, 186, 187, 188, 189, 191, 198, 199 };

template <typename T, size_t N> const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

} // namespace

SyntheticRow makeSyntheticRow(QRandomGenerator& rng, const QDateTime& now)
{
    SyntheticRow r;
    // Spread over the last 18 months, more recent ones more likely.
    const qint64 span = 548LL * 24 * 3600;
    const qint64 back = qint64(span * (1.0 - std::sqrt(rng.generateDouble())));
    r.receivedAt = now.addSecs(-back);
    r.receivedAt.setTime(QTime(r.receivedAt.time().hour(), r.receivedAt.time().minute(), r.receivedAt.time().second()));
    const bool english = rng.bounded(100) < 12;
    const QString order = QStringLiteral("CD%1").arg(rng.bounded(100000, 999999));
    QString localPart;
    if (english) {
        const QString first = QString::fromLatin1(pick(rng, englishFirst));
        const QString last = QString::fromLatin1(pick(rng, englishLast));
        r.name = first + QLatin1Char(' ') + last;
        localPart = first.toLower() + QLatin1Char('.') + last.toLower();
        r.message = QString::fromLatin1(pick(rng, englishMessages));
        if (r.message.contains(QLatin1String("%1"))) {
            r.message = r.message.arg(order);
        }
    } else {
        const int surname = rng.bounded(int(std::size(surnames)));
        r.name = QString::fromUtf16(surnames[surname]) + QString::fromUtf16(pick(rng, givenNames));
        localPart
            = QString::fromLatin1(pinyin[surname % int(std::size(pinyin))]) + QString::number(rng.bounded(1, 9999));
        r.message = QString::fromUtf16(pick(rng, messages));
        if (r.message.contains(QLatin1String("%1"))) {
            r.message = r.message.arg(order);
        }
    }
    const QString domain = QString::fromLatin1(pick(rng, domains));
    const int hasEmail = rng.bounded(100);
    if (domain == QLatin1String("qq.com") && rng.bounded(2) == 0) {
        localPart = QString::number(rng.bounded(10000000, 1999999999));
    }
    r.email = hasEmail < 80 ? localPart + QLatin1Char('@') + domain : QString();
    const QString digits = QString::number(pick(rng, mobilePrefixes))
        + QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    switch (rng.bounded(6)) {
    case 0: r.phone = QStringLiteral("+86 ") + digits; break;
    case 1: r.phone = digits.left(3) + QLatin1Char('-') + digits.mid(3, 4) + QLatin1Char('-') + digits.mid(7); break;
    default: r.phone = digits; break;
    }
    if (rng.bounded(100) < 5) {
        r.phone.clear();
    }
    r.region = QString::fromUtf16(pick(rng, regions));
    const qint64 ageDays = back / (24 * 3600);
    const int roll = rng.bounded(100);
    r.status = ageDays > 60 ? (roll < 85 ? QStringLiteral("closed") : QStringLiteral("contacted"))
                            : (roll < 40        ? QStringLiteral("new")
                                    : roll < 75 ? QStringLiteral("contacted")
                                                : QStringLiteral("closed"));
    r.possibleMinor = r.message.contains(QStringLiteral("14岁")) || rng.bounded(1000) < 3;
    return r;
}

} // namespace cd::submissions

namespace cd::demo {

// Synthetic submissions records for the demo vault.
Status fillSubmissions(Vault& vault, const DemoOptions& options, DemoSummary& summary)
{
    if (options.submissions <= 0) {
        return {};
    }
    using namespace cd::submissions;
    QRandomGenerator rng(options.seed);
    int created = 0;
    const Status st = vault.write(Permission::WriteData, [&](WriteTx& tx) {
        Database& db = tx.db();
        const QDateTime now = Clock::nowUtc();
        QList<qint64> staff;
        {
            Statement a(db, "SELECT id FROM accounts WHERE active = 1 AND role <> 'auditor'");
            while (a.next()) {
                staff.append(a.int64(0));
            }
        }
        Statement insert(db,
            "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, region, "
            "message, source, status, assignee_id, notes, closed_at, possible_minor, created_at, "
            "updated_at, dedup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)");
        SearchIndex::Writer index(db);
        const QString source = QStringLiteral("website-export-demo.csv");
        for (int i = 0; i < options.submissions; ++i) {
            const SyntheticRow r = makeSyntheticRow(rng, now);
            const QString phoneNorm = ContactNormalizer::phone(r.phone);
            const QString emailNorm = ContactNormalizer::email(r.email);
            const QDateTime closed
                = r.status == QLatin1String("closed") ? r.receivedAt.addDays(rng.bounded(1, 20)) : QDateTime();
            insert.bind(1, r.receivedAt)
                .bindText(2, r.name)
                .bindText(3, r.phone)
                .bindText(4, phoneNorm)
                .bindText(5, r.email)
                .bindText(6, emailNorm)
                .bindText(7, r.region)
                .bindText(8, r.message)
                .bindText(9, source)
                .bindText(10, r.status);
            if (r.status != QLatin1String("new") && !staff.isEmpty()) {
                insert.bind(11, staff.at(rng.bounded(int(staff.size()))));
            } else {
                insert.bind(11, nullptr);
            }
            insert.bind(12, closed.isValid() ? qMin(closed, now) : QDateTime())
                .bind(13, r.possibleMinor)
                .bind(14, r.receivedAt)
                .bind(15, r.receivedAt)
                .bind(16,
                    SubmissionImporter::dedupKey(phoneNorm, emailNorm, r.name, r.message, toStorageText(r.receivedAt)))
                .exec();
            index.add(db.lastInsertId(), { r.name, phoneNorm, emailNorm, r.message, r.region });
            ++created;
        }
        index.flush();
        submissions::SubmissionCount::add(db, created);
        tx.audit({ QStringLiteral("submission.import"), QStringLiteral("submission"), {}, {},
            QStringLiteral("demo imported=%1").arg(created) });
    });
    if (!st) {
        return st;
    }
    summary.counts.insert(QStringLiteral("submissions"), created);
    return {};
}

} // namespace cd::demo
