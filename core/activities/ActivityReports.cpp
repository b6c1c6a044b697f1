#include "ActivityReports.h"

#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"

#include <QLocale>

namespace cd::activities {

Result<ReportDocument> buildActivityRegister(Vault& vault, const QString& language)
{
    return vault.readResult(Permission::Read, [&](ReadTx& tx) {
        Database& db = tx.db();
        const QDate today = Clock::today();
        const registers::ReportContext ctx = registers::reportContext(vault, language);
        const QLocale locale(language == Languages::chinese() ? QLocale::Chinese : QLocale::English);
        ReportDocument doc;
        doc.language = language;
        doc.landscape = true;
        doc.title = cd::ActivitiesText::tr("Register of processing activities");
        doc.scope = cd::ActivitiesText::tr("As of %1").arg(today.toString(Qt::ISODate));
        doc.generatedAt = ctx.nowUtc;
        doc.generatedBy = ctx.generatedBy;

        ReportTable t;
        t.headers
            = { cd::ActivitiesText::tr("No."), cd::ActivitiesText::tr("Activity"), cd::ActivitiesText::tr("Purpose"),
                  cd::ActivitiesText::tr("Personal information"), cd::ActivitiesText::tr("Legal basis"),
                  cd::ActivitiesText::tr("Retention"), cd::ActivitiesText::tr("Cross-border"),
                  cd::ActivitiesText::tr("Impact assessment"), cd::ActivitiesText::tr("Policy section") };
        t.emptyText = cd::ActivitiesText::tr("No processing activities recorded.");
        const QStringList sensitive = ActivityService::sensitiveKeys(db);
        for (const Activity& a : ActivityService::activities(db)) {
            QStringList names;
            for (const QString& key : a.categoryKeys) {
                QString n = registers::categoryNames({ key }, ctx.categories, language);
                if (sensitive.contains(key)) {
                    n += QStringLiteral(" *");
                }
                names << n;
            }
            const PiaStatus st = ActivityService::piaStatus(db, a, today);
            t.rows << QStringList { QString::number(a.id), a.name, a.purpose,
                names.join(language == Languages::chinese() ? QStringLiteral("、") : QStringLiteral(", ")),
                legalBasisName(a.basis), a.retention, a.crossBorder ? a.destination : cd::ActivitiesText::tr("No"),
                piaStateName(st.state), a.policySection };
        }
        doc.heading(cd::ActivitiesText::tr("Processing activities"));
        doc.table(t);
        doc.paragraph(cd::ActivitiesText::tr("* sensitive personal information (PIPL art. 28)"));

        ReportTable p;
        p.headers = { cd::ActivitiesText::tr("Processor"), cd::ActivitiesText::tr("Contract signed"),
            cd::ActivitiesText::tr("Contract expires"), cd::ActivitiesText::tr("Data entrusted"),
            cd::ActivitiesText::tr("Security measures"), cd::ActivitiesText::tr("Last audit"),
            cd::ActivitiesText::tr("Next review") };
        p.emptyText = cd::ActivitiesText::tr("No processors recorded.");
        for (const Processor& x : ActivityService::processors(db)) {
            p.rows << QStringList { x.name, x.contractSigned.toString(Qt::ISODate),
                x.contractExpires.toString(Qt::ISODate), x.dataEntrusted, x.securityMeasures,
                x.lastAudit.toString(Qt::ISODate), x.nextReview.toString(Qt::ISODate) };
        }
        doc.heading(cd::ActivitiesText::tr("Entrusted processors (PIPL art. 21)"));
        doc.table(p);

        const CrossBorderCheck c = ActivityService::crossBorder(db);
        doc.heading(cd::ActivitiesText::tr("Cross-border check"));
        doc.keyValues({ { cd::ActivitiesText::tr("Activities transferring abroad"), locale.toString(c.activities) },
            { cd::ActivitiesText::tr("People since 1 January"), locale.toString(c.people) },
            { cd::ActivitiesText::tr("Of them, sensitive personal information"), locale.toString(c.sensitivePeople) },
            { cd::ActivitiesText::tr("Mechanism"), mechanismName(c.mechanism) } });
        doc.paragraph(ReportDocument::contactLine(language));
        return doc;
    });
}

QList<ActivityAttention> activityAttention(Database& db, const QDate& today)
{
    QList<ActivityAttention> items;
    for (const Activity& a : ActivityService::activities(db)) {
        const PiaStatus st = ActivityService::piaStatus(db, a, today);
        if (st.state == PiaStatus::State::Missing) {
            items << ActivityAttention { ActivityAttention::Kind::PiaMissing, true, a.name, a.id, 0 };
        } else if (st.state == PiaStatus::State::Outdated) {
            items << ActivityAttention { ActivityAttention::Kind::PiaOutdated, true, a.name, a.id,
                st.reviewDue.daysTo(today) };
        }
    }
    for (const Processor& p : ActivityService::processors(db)) {
        if (p.contractExpires.isValid()) {
            const qint64 left = today.daysTo(p.contractExpires);
            if (left <= p.reminderDays) {
                items << ActivityAttention { ActivityAttention::Kind::ContractExpiring, left < 0, p.name, p.id, -left };
            }
        }
        // The processor's own review or audit (PIPL art. 21: the handler supervises the processor).
        if (p.nextReview.isValid()) {
            const qint64 left = today.daysTo(p.nextReview);
            if (left <= ActivityService::processorReviewHorizonDays) {
                items << ActivityAttention { ActivityAttention::Kind::ProcessorReview, left < 0, p.name, p.id, -left };
            }
        }
    }
    const CrossBorderCheck c = ActivityService::crossBorder(db);
    if (c.thresholdCrossed()) {
        items << ActivityAttention { ActivityAttention::Kind::CrossBorder, false, mechanismName(c.mechanism), 0, 0 };
    }
    return items;
}

} // namespace cd::activities
