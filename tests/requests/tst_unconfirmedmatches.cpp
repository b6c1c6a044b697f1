// The dialog that makes the officer decide each proposed, unconfirmed record before a deletion or
// access request is fulfilled, with its decisions applied through the real service.
#include "TestVault.h"

#include "requests/RequestService.h"
#include "requests/UnconfirmedMatchesDialog.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace cd::requests;
using namespace cd::submissions;

class TestUnconfirmedMatches : public QObject
{
    Q_OBJECT

private slots:
    void decideEachBeforeFulfilment();
};

void TestUnconfirmedMatches::decideEachBeforeFulfilment()
{
    test::TestVault tv;
    const QString email = QStringLiteral("household@example.cn");
    QList<qint64> ids;
    for (const char* name : { "Mother", "Son", "Daughter" }) {
        Submission s;
        s.receivedAt = QDateTime(QDate(2026, 1, 5), QTime(2, 0), Qt::UTC);
        s.name = QString::fromLatin1(name);
        s.email = email;
        s.message = QStringLiteral("hello");
        auto id = SubmissionService(tv.vault()).create(s);
        QVERIFY2(id, qPrintable(id.message()));
        ids << id.value();
    }
    RequestService service(tv.vault());
    RequestDraft d;
    d.type = RequestType::Deletion;
    d.receivedOn = Clock::today();
    d.requesterName = QStringLiteral("Mother");
    d.email = email;
    d.linkedSubmissions = { ids.at(0) };
    auto r = service.add(d);
    QVERIFY(r);
    auto open = service.unconfirmedMatches(r->id);
    QVERIFY(open);
    QCOMPARE(open->size(), 2);

    ui::UnconfirmedMatchesDialog dialog(r.value(), open.value());
    auto* table = dialog.findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing decided yet
    dialog.setDecision(0, ui::UnconfirmedMatchesDialog::Confirm);
    QVERIFY(!ok->isEnabled()); // one left
    // The second through its combo box, as a person would.
    auto* combo = qobject_cast<QComboBox*>(table->cellWidget(1, 4));
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(int(ui::UnconfirmedMatchesDialog::Dismiss)));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.confirmed().size(), 1);
    QCOMPARE(dialog.dismissed().size(), 1);
    QCOMPARE(dialog.confirmed().first().id, open->at(0).id);
    QCOMPARE(dialog.dismissed().first().id, open->at(1).id);

    QVERIFY(service.resolveMatches(r->id, dialog.confirmed(), dialog.dismissed()));
    QVERIFY(service.unconfirmedMatches(r->id)->isEmpty());
    QCOMPARE(service.linkedSubmissions(r->id)->size(), 2);
}

QTEST_MAIN(TestUnconfirmedMatches)
#include "tst_unconfirmedmatches.moc"
