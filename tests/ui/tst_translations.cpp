// Every area's core texts must come out in Chinese when the UI is Chinese: a text looked up
// under a different context than lupdate filed it under silently stays English.
#include "app/LanguageManager.h"
#include "dashboard/DashboardService.h"
#include "iso/IsoTypes.h"
#include "policies/PolicyService.h"
#include "registers/RegisterTypes.h"
#include "requests/RequestTypes.h"
#include "storage/Database.h"
#include "submissions/Submission.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace cd;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void areaTextsAreChinese_data();
    void areaTextsAreChinese();
    void translationFilesAreComplete();
    void noLookupWrappersWithVariableText();

private:
    ui::LanguageManager* m_language = nullptr;
};

void TestTranslations::initTestCase()
{
    m_language = new ui::LanguageManager(this);
    m_language->setLanguage(QStringLiteral("zh_CN"));
}

void TestTranslations::cleanupTestCase()
{
    m_language->setLanguage(QStringLiteral("en"));
}

void TestTranslations::areaTextsAreChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("storage") << StorageMessages::wrongPassphrase();
    QTest::newRow("iso status") << iso::statusDisplayName(iso::ImplementationStatus::Implemented);
    QTest::newRow("iso reason") << iso::reasonDisplayName(iso::InclusionReason::Legal);
    QTest::newRow("iso theme") << iso::themeDisplayName(iso::Theme::Technological);
    QTest::newRow("request type") << requests::displayName(requests::RequestType::Deletion);
    QTest::newRow("request state") << requests::displayName(requests::RequestState::Waiting);
    QTest::newRow("severity") << registers::severityName(registers::Severity::Major);
    QTest::newRow("incident status") << registers::statusName(registers::IncidentStatus::Notified);
    QTest::newRow("legal basis") << registers::basisName(registers::LegalBasis::Judicial);
    QTest::newRow("policy status") << policyStatusDisplayName(PolicyStatus::Superseded);
    QTest::newRow("dashboard outcome") << dashboard::requestOutcomeName(dashboard::RequestOutcome::CompletedLate);
    QTest::newRow("submission status") << submissions::statusDisplayName(QStringLiteral("contacted"));
}

void TestTranslations::areaTextsAreChinese()
{
    QFETCH(QString, text);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    QVERIFY2(han.match(text).hasMatch(), qPrintable(text));
}

void TestTranslations::translationFilesAreComplete()
{
    for (const char* name : { "compliance-desk_zh_CN.ts", "compliance-desk_en.ts" }) {
        QFile f(qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/translations/") + QLatin1String(name));
        QVERIFY2(f.open(QIODevice::ReadOnly), name);
        const QByteArray ts = f.readAll();
        QVERIFY2(!ts.contains("type=\"unfinished\""), name);
    }
}

void TestTranslations::noLookupWrappersWithVariableText()
{
    // translate("ctx", variable) hides strings from lupdate; only QT_TRANSLATE_NOOP tables may do it.
    static const QRegularExpression wrapper(QStringLiteral("QCoreApplication::translate\\((\"[^\"]+\"),\\s*text\\b"));
    QDirIterator it(qEnvironmentVariable("CD_SOURCE_DIR"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/build")) || path.contains(QStringLiteral("/tests/"))) {
            continue;
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(f.readAll());
        const auto m = wrapper.match(source);
        // Allowed only for tables of QT_TRANSLATE_NOOP entries of the same context.
        QVERIFY2(
            !m.hasMatch() || source.contains(QStringLiteral("QT_TRANSLATE_NOOP(") + m.captured(1)), qPrintable(path));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
