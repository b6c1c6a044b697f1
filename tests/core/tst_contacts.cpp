#include "contacts/ContactNormalizer.h"
#include "storage/Statement.h"

#include <QTest>

using namespace cd;

class TestContacts : public QObject
{
    Q_OBJECT

private slots:
    void phone_data();
    void phone();
    void email_data();
    void email();
    void storageTimeText_data();
    void storageTimeText();
};

void TestContacts::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain mobile") << QStringLiteral("13800138000") << QStringLiteral("13800138000");
    QTest::newRow("+86 spaced") << QStringLiteral("+86 138 0013 8000") << QStringLiteral("13800138000");
    QTest::newRow("dashes") << QStringLiteral("138-0013-8000") << QStringLiteral("13800138000");
    QTest::newRow("0086") << QStringLiteral("0086 13800138000") << QStringLiteral("13800138000");
    QTest::newRow("86 without plus") << QStringLiteral("8613800138000") << QStringLiteral("13800138000");
    QTest::newRow("full-width") << QStringLiteral("１３８００１３８０００") << QStringLiteral("13800138000");
    QTest::newRow("full-width plus") << QStringLiteral("＋８６　１３８－００１３－８０００")
                                     << QStringLiteral("13800138000");
    QTest::newRow("brackets and dots") << QStringLiteral("(+86) 138.0013.8000") << QStringLiteral("13800138000");
    QTest::newRow("landline kept") << QStringLiteral("010-8888 6666") << QStringLiteral("01088886666");
    QTest::newRow("foreign kept") << QStringLiteral("+44 20 7946 0958") << QStringLiteral("442079460958");
    QTest::newRow("12 is not mobile") << QStringLiteral("12800138000") << QStringLiteral("12800138000");
    QTest::newRow("86 + short") << QStringLiteral("+86 1380013800") << QStringLiteral("861380013800");
    QTest::newRow("empty") << QString() << QString();
}

void TestContacts::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ContactNormalizer::phone(input), expected);
}

void TestContacts::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("case") << QStringLiteral(" Wang.Fang@QQ.com ") << QStringLiteral("wang.fang@qq.com") << true;
    QTest::newRow("full-width at") << QStringLiteral("li＠163.com") << QStringLiteral("li@163.com") << true;
    QTest::newRow("no domain dot") << QStringLiteral("a@b") << QStringLiteral("a@b") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@c.com") << QStringLiteral("a@b@c.com") << false;
}

void TestContacts::email()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, valid);
    QCOMPARE(ContactNormalizer::email(input), expected);
    QCOMPARE(ContactNormalizer::looksLikeEmail(input), valid);
}

void TestContacts::storageTimeText_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2026, 2, 14), QTime(9, 5, 7, 42), Qt::UTC)
                         << QStringLiteral("2026-02-14T09:05:07.042Z");
    QTest::newRow("offset converts") << QDateTime(QDate(2026, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 8 * 3600)
                                     << QStringLiteral("2025-12-31T16:30:00.000Z");
    QTest::newRow("year 999") << QDateTime(QDate(999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC)
                              << QStringLiteral("0999-12-31T23:59:59.999Z");
}

void TestContacts::storageTimeText()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(toStorageText(time), expected);
    QCOMPARE(fromStorageText(expected), time.toUTC());
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
