#include "WorkingDayCalendar.h"
#include "settings/VaultSettings.h"
#include "util/TranslationContexts.h"

#include "audit/AuditLog.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace cd {

namespace {

constexpr int kMaxDaysPerYear = 120; // far above any real calendar; refuses junk files

bool isWeekend(const QDate& d)
{
    return d.dayOfWeek() >= 6;
}

const char* kindKey(WorkingDayCalendar::DayKind kind)
{
    return kind == WorkingDayCalendar::DayKind::Holiday ? "holiday" : "workday";
}

} // namespace

WorkingDayCalendar WorkingDayCalendar::bundled()
{
    WorkingDayCalendar out;
    const QStringList files
        = QDir(QStringLiteral(":/holidays")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(QStringLiteral(":/holidays/") + name);
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        auto cal = fromJson(f.readAll());
        if (cal) {
            out.replaceYears(cal.value());
        }
    }
    return out;
}

Result<WorkingDayCalendar> WorkingDayCalendar::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        return Error { ErrorCode::InvalidInput,
            cd::RequestsText::tr("The holiday file is not valid JSON (%1). Nothing was changed.")
                .arg(parseError.errorString()) };
    }
    const QJsonObject root = doc.object();
    const int year = root.value(QStringLiteral("year")).toInt(0);
    if (year < 2000 || year > 2200) {
        return Error { ErrorCode::InvalidInput,
            cd::RequestsText::tr("The holiday file must name its year (\"year\": 2027). Nothing was changed.") };
    }
    WorkingDayCalendar cal;
    cal.m_years = { year };
    auto readList = [&](const QString& key, DayKind kind) -> Status {
        const QJsonValue listValue = root.value(key);
        if (!listValue.isUndefined() && !listValue.isArray()) {
            return Error { ErrorCode::InvalidInput,
                cd::RequestsText::tr("\"%1\" must be a list. Nothing was changed.").arg(key) };
        }
        for (const QJsonValue& v : listValue.toArray()) {
            const QJsonObject o = v.toObject();
            QDate from = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
            QDate to = from;
            if (!from.isValid()) {
                from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
                to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
            }
            if (!from.isValid() || !to.isValid() || to < from) {
                return Error { ErrorCode::InvalidInput,
                    cd::RequestsText::tr("An entry in \"%1\" has no valid date (use YYYY-MM-DD). Nothing was changed.")
                        .arg(key) };
            }
            if (from.year() != year || to.year() != year) {
                return Error { ErrorCode::InvalidInput,
                    cd::RequestsText::tr("%1 is not in %2, the year of the file. Nothing was changed.")
                        .arg(from.year() != year ? from.toString(Qt::ISODate) : to.toString(Qt::ISODate))
                        .arg(year) };
            }
            const QString name = o.value(QStringLiteral("name")).toString().left(60);
            for (QDate d = from; d <= to; d = d.addDays(1)) {
                if (cal.m_days.contains(d)) {
                    return Error { ErrorCode::InvalidInput,
                        cd::RequestsText::tr("%1 is listed twice. Nothing was changed.").arg(d.toString(Qt::ISODate)) };
                }
                if (kind == DayKind::MakeUpWorkday && !isWeekend(d)) {
                    return Error { ErrorCode::InvalidInput,
                        cd::RequestsText::tr(
                            "%1 is a make-up working day but not a Saturday or Sunday. Nothing was changed.")
                            .arg(d.toString(Qt::ISODate)) };
                }
                cal.m_days.insert(d, SpecialDay { d, kind, name });
                if (cal.m_days.size() > kMaxDaysPerYear) {
                    return Error { ErrorCode::InvalidInput,
                        cd::RequestsText::tr("The holiday file lists too many days. Nothing was changed.") };
                }
            }
        }
        return {};
    };
    if (Status s = readList(QStringLiteral("holidays"), DayKind::Holiday); !s) {
        return s;
    }
    if (Status s = readList(QStringLiteral("workdays"), DayKind::MakeUpWorkday); !s) {
        return s;
    }
    return cal;
}

QByteArray WorkingDayCalendar::toJson(int year) const
{
    QJsonArray holidays;
    QJsonArray workdays;
    for (const SpecialDay& d : days(year)) {
        QJsonObject o { { QStringLiteral("date"), d.date.toString(Qt::ISODate) }, { QStringLiteral("name"), d.name } };
        (d.kind == DayKind::Holiday ? holidays : workdays).append(o);
    }
    const QJsonObject root { { QStringLiteral("format"), QStringLiteral("cd-holidays-1") },
        { QStringLiteral("region"), QStringLiteral("CN") }, { QStringLiteral("year"), year },
        { QStringLiteral("holidays"), holidays }, { QStringLiteral("workdays"), workdays } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool WorkingDayCalendar::isWorkingDay(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    if (it != m_days.constEnd()) {
        return it->kind == DayKind::MakeUpWorkday;
    }
    return !isWeekend(date);
}

bool WorkingDayCalendar::isHoliday(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    return it != m_days.constEnd() && it->kind == DayKind::Holiday;
}

bool WorkingDayCalendar::isMakeUpWorkday(const QDate& date) const
{
    const auto it = m_days.constFind(date);
    return it != m_days.constEnd() && it->kind == DayKind::MakeUpWorkday;
}

QString WorkingDayCalendar::dayName(const QDate& date) const
{
    return m_days.value(date).name;
}

QDate WorkingDayCalendar::addWorkingDays(const QDate& from, int n) const
{
    if (!from.isValid()) {
        return {};
    }
    QDate d = from;
    const int step = n >= 0 ? 1 : -1;
    int remaining = n >= 0 ? n : -n;
    while (remaining > 0) {
        d = d.addDays(step);
        if (isWorkingDay(d)) {
            --remaining;
        }
    }
    return d;
}

int WorkingDayCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || from == to) {
        return 0;
    }
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d)) {
            ++count;
        }
    }
    return count;
}

int WorkingDayCalendar::workingDaysLeft(const QDate& today, const QDate& due) const
{
    return workingDaysBetween(today, due);
}

bool WorkingDayCalendar::isDueWithin(const QDate& due, const QDate& today, int workingDays) const
{
    return due.isValid() && due >= today && workingDaysBetween(today, due) <= workingDays;
}

QList<int> WorkingDayCalendar::years() const
{
    return m_years;
}

QList<WorkingDayCalendar::SpecialDay> WorkingDayCalendar::days(int year) const
{
    QList<SpecialDay> out;
    for (const SpecialDay& d : m_days) {
        if (year == 0 || d.date.year() == year) {
            out.append(d);
        }
    }
    return out;
}

void WorkingDayCalendar::setDay(const QDate& date, DayKind kind, const QString& name)
{
    if (!date.isValid()) {
        return;
    }
    m_days.insert(date, SpecialDay { date, kind, name });
    if (!m_years.contains(date.year())) {
        m_years.append(date.year());
        std::sort(m_years.begin(), m_years.end());
    }
}

void WorkingDayCalendar::removeDay(const QDate& date)
{
    m_days.remove(date);
}

void WorkingDayCalendar::replaceYears(const WorkingDayCalendar& other)
{
    for (int year : other.m_years) {
        for (auto it = m_days.begin(); it != m_days.end();) {
            it = it.key().year() == year ? m_days.erase(it) : std::next(it);
        }
        if (!m_years.contains(year)) {
            m_years.append(year);
        }
    }
    for (const SpecialDay& d : other.m_days) {
        m_days.insert(d.date, d);
    }
    std::sort(m_years.begin(), m_years.end());
}

WorkingDayCalendar WorkingDayCalendar::load(Database& db)
{
    WorkingDayCalendar stored;
    try {
        Statement q(db, "SELECT day, kind, name FROM request_calendar_days ORDER BY day");
        while (q.next()) {
            const QDate d = q.date(0);
            stored.setDay(
                d, q.text(1) == QLatin1String("workday") ? DayKind::MakeUpWorkday : DayKind::Holiday, q.text(2));
        }
        // Years saved without a single special day still count as "known".
        {
            for (const QString& part :
                VaultSettings::get<QString>(db, Setting::CalendarYears).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const int year = part.toInt();
                if (year > 0 && !stored.m_years.contains(year)) {
                    stored.m_years.append(year);
                }
            }
            std::sort(stored.m_years.begin(), stored.m_years.end());
        }
    } catch (const DbException&) {
        // A vault before this area's migration: the bundled calendar is still right.
    }
    WorkingDayCalendar out = bundled();
    out.replaceYears(stored);
    return out;
}

Status WorkingDayCalendar::saveYears(Vault& vault, const WorkingDayCalendar& calendar)
{
    if (calendar.years().isEmpty()) {
        return vault.require(Permission::ManageSettings); // nothing to save, nothing to record
    }
    return vault.write(Permission::ManageSettings, [&](WriteTx& tx) {
        Database& db = tx.db();
        // Only the years the vault itself holds. A bundled year listed here would make load()
        // replace the bundled holidays with the vault's rows of that year, which it has none of.
        QList<int> years;
        {
            const QString stored = VaultSettings::get<QString>(db, Setting::CalendarYears);
            for (const QString& part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (const int year = part.toInt(); year > 0 && !years.contains(year)) {
                    years.append(year);
                }
            }
        }
        Statement del(db, "DELETE FROM request_calendar_days WHERE day >= ? AND day <= ?");
        Statement ins(db, "INSERT INTO request_calendar_days (day, kind, name) VALUES (?, ?, ?)");
        for (int year : calendar.years()) {
            del.bind(1, QDate(year, 1, 1)).bind(2, QDate(year, 12, 31)).exec();
            int holidays = 0;
            int workdays = 0;
            for (const SpecialDay& d : calendar.days(year)) {
                ins.bind(1, d.date).bind(2, QString::fromLatin1(kindKey(d.kind))).bindText(3, d.name).exec();
                (d.kind == DayKind::Holiday ? holidays : workdays) += 1;
            }
            if (!years.contains(year)) {
                years.append(year);
            }
            tx.audit({ QStringLiteral("requests.calendar.save"), QStringLiteral("calendar"), QString::number(year),
                { QStringLiteral("holidays"), QStringLiteral("workdays") },
                QStringLiteral("holidays=%1 workdays=%2").arg(holidays).arg(workdays) });
        }
        std::sort(years.begin(), years.end());
        QStringList yearTexts;
        for (int y : years) {
            yearTexts << QString::number(y);
        }
        VaultSettings::write(db, Setting::CalendarYears, yearTexts.join(QLatin1Char(',')));
    });
}

Result<QList<int>> WorkingDayCalendar::importFile(Vault& vault, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io, cd::RequestsText::tr("Cannot read %1: %2").arg(path, f.errorString()) };
    }
    if (f.size() > 1024 * 1024) {
        return Error { ErrorCode::InvalidInput, cd::RequestsText::tr("%1 is too large for a holiday file.").arg(path) };
    }
    auto cal = fromJson(f.readAll());
    if (!cal) {
        return cal.error();
    }
    if (Status s = saveYears(vault, cal.value()); !s) {
        return s;
    }
    return cal->years();
}

} // namespace cd
