#include "CliHelpers.h"

#include "CliContext.h"

#include "app/LanguageManager.h"
#include "report/ReportRenderer.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace cd::cli {

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

bool parseDay(CliContext& ctx, const QString& option, QDate* out)
{
    if (!ctx.isSet(option)) {
        return true;
    }
    *out = QDate::fromString(ctx.value(option), Qt::ISODate);
    return out->isValid();
}

void option(CliContext& ctx, const char* name, const QString& help, const char* value)
{
    ctx.parser().addOption({ QString::fromLatin1(name), help, QString::fromLatin1(value) });
}

bool checkLanguage(CliContext& ctx, QString* lang)
{
    *lang = ctx.value(QStringLiteral("lang"));
    return Languages::isSupported(*lang);
}

int writePdf(CliContext& ctx, const ReportDocument& doc, const QString& out, const QString& what)
{
    ui::ReportRenderer renderer(doc);
    if (Status s = renderer.writePdf(out); !s) {
        return ctx.fail(s.error());
    }
    ctx.printJson(
        QJsonObject { { QStringLiteral("report"), what }, { QStringLiteral("out"), QFileInfo(out).absoluteFilePath() },
            { QStringLiteral("language"), doc.language }, { QStringLiteral("pages"), renderer.lastPageCount() } });
    return ExitOk;
}

ReportLanguage::ReportLanguage(const QString& language)
{
    ui::LanguageManager::installInto(QCoreApplication::instance(), language, &m_app, &m_qt);
}

} // namespace cd::cli
