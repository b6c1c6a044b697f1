// Keeps the Dashboard benchmark working: a tiny run on a real vault. Timing is only reported.
// CD_DASHBOARD_BENCH="path:submissions:requests" runs it at another size and prints the JSON.
#include "DashboardBench.h"

#include "util/Clock.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardBench : public QObject
{
    Q_OBJECT

private slots:
    void tinyRunAndReuse();
    void requestedRun();
};

void TestDashboardBench::tinyRunAndReuse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cdvault"));
    const QJsonObject first = cd::bench::runDashboardBench(path, 2000, 60);
    QVERIFY2(!first.contains(QStringLiteral("error")), qPrintable(first.value(QStringLiteral("error")).toString()));
    QCOMPARE(first.value(QStringLiteral("case")).toString(), QStringLiteral("dashboard"));
    QCOMPARE(first.value(QStringLiteral("submissions")).toInt(), 2000);
    const QJsonObject periods = first.value(QStringLiteral("periods")).toObject();
    for (const char* name : { "30_days", "quarter", "year" }) {
        const QJsonObject p = periods.value(QLatin1String(name)).toObject();
        QVERIFY2(p.value(QStringLiteral("runs")).toInt() > 0, name);
        QVERIFY(p.value(QStringLiteral("p95_ms")).toDouble() >= p.value(QStringLiteral("median_ms")).toDouble());
    }
    // Three years of data: a year's period holds roughly a third of them, and more than 30 days.
    const QJsonObject figures = first.value(QStringLiteral("figures")).toObject();
    const double year
        = figures.value(QStringLiteral("year")).toObject().value(QStringLiteral("new_submissions")).toDouble();
    const double month
        = figures.value(QStringLiteral("30_days")).toObject().value(QStringLiteral("new_submissions")).toDouble();
    QVERIFY2(year > 400 && year < 1000, qPrintable(QString::number(year)));
    QVERIFY(month > 0 && month < year);
    QVERIFY(first.value(QStringLiteral("build_ms")).toDouble() > 0);
    // A second run with the same counts reuses the vault.
    const QJsonObject second = cd::bench::runDashboardBench(path, 2000, 60);
    QCOMPARE(second.value(QStringLiteral("build_ms")).toDouble(), 0.0);
    // Other counts rebuild it.
    const QJsonObject third = cd::bench::runDashboardBench(path, 500, 10);
    QCOMPARE(third.value(QStringLiteral("submissions")).toInt(), 500);
    QVERIFY(third.value(QStringLiteral("build_ms")).toDouble() > 0);
    QVERIFY(cd::bench::runDashboardBench(path, -1, 0).contains(QStringLiteral("error")));
}

void TestDashboardBench::requestedRun()
{
    const QStringList spec = QString::fromLocal8Bit(qgetenv("CD_DASHBOARD_BENCH")).split(QLatin1Char(':'));
    if (spec.size() != 3) {
        QSKIP("set CD_DASHBOARD_BENCH=path:submissions:requests to run at size");
    }
    const QJsonObject result = cd::bench::runDashboardBench(spec.at(0), spec.at(1).toInt(), spec.at(2).toInt());
    printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    QVERIFY(!result.contains(QStringLiteral("error")));
}

QTEST_GUILESS_MAIN(TestDashboardBench)
#include "tst_dashboardbench.moc"
