#include "widgets/Dialogs.h"

#include <QPushButton>
#include <QTest>

using namespace cd::ui;
using Dialogs::DialogScript;
using Dialogs::Kind;

// DialogScript: the seam through which UI tests answer message boxes and file dialogs without
// showing them. Nothing here may open a window: a box shown by mistake would block the test.
class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void queuedAnswersInOrder();
    void unscriptedBoxesDecline_data();
    void unscriptedBoxesDecline();
    void fileDialogsGetQueuedPaths();
    void pathsAndButtonsQueueSeparately();
    void innermostScriptAnswers();
    void customBoxByButtonText();
    void customBoxFallsBackLikeAStaticOne();
};

void TestDialogs::queuedAnswersInOrder()
{
    QWidget parent;
    DialogScript script;
    script.answer(QMessageBox::Yes).answer(QMessageBox::Ok);
    QCOMPARE(
        Dialogs::question(&parent, QStringLiteral("Delete"), QStringLiteral("Delete record 12?")), QMessageBox::Yes);
    QCOMPARE(Dialogs::warning(&parent, QStringLiteral("Export"), QStringLiteral("Personal data"),
                 QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel),
        QMessageBox::Ok);
    // The queue is used up: the next one is declined.
    QCOMPARE(Dialogs::question(&parent, QStringLiteral("Again"), QStringLiteral("Sure?")), QMessageBox::No);

    QCOMPARE(script.asked().size(), 3);
    QCOMPARE(script.asked().at(0).kind, Kind::Question);
    QCOMPARE(script.asked().at(0).title, QStringLiteral("Delete"));
    QCOMPARE(script.asked().at(0).text, QStringLiteral("Delete record 12?"));
    QCOMPARE(script.asked().at(1).kind, Kind::Warning);
    QCOMPARE(script.asked().at(1).title, QStringLiteral("Export"));
    QCOMPARE(script.last().title, QStringLiteral("Again"));
    QCOMPARE(script.count(Kind::Question), 2);
    QCOMPARE(script.count(Kind::Warning), 1);
    QCOMPARE(script.count(Kind::Information), 0);
    script.clear();
    QVERIFY(script.asked().isEmpty());
    QCOMPARE(script.last().title, QString());
}

void TestDialogs::unscriptedBoxesDecline_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("buttons");
    QTest::addColumn<int>("defaultButton");
    QTest::addColumn<int>("expected");
    QTest::newRow("question declines") << int(Kind::Question) << int(QMessageBox::Yes | QMessageBox::No)
                                       << int(QMessageBox::NoButton) << int(QMessageBox::No);
    QTest::newRow("default button wins") << int(Kind::Question) << int(QMessageBox::Yes | QMessageBox::No)
                                         << int(QMessageBox::Yes) << int(QMessageBox::Yes);
    QTest::newRow("cancel before no") << int(Kind::Warning)
                                      << int(QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel)
                                      << int(QMessageBox::NoButton) << int(QMessageBox::Cancel);
    QTest::newRow("ok and cancel") << int(Kind::Warning) << int(QMessageBox::Ok | QMessageBox::Cancel)
                                   << int(QMessageBox::NoButton) << int(QMessageBox::Cancel);
    QTest::newRow("information ok") << int(Kind::Information) << int(QMessageBox::Ok) << int(QMessageBox::NoButton)
                                    << int(QMessageBox::Ok);
    QTest::newRow("critical close") << int(Kind::Critical) << int(QMessageBox::Close | QMessageBox::Retry)
                                    << int(QMessageBox::NoButton) << int(QMessageBox::Close);
}

void TestDialogs::unscriptedBoxesDecline()
{
    QFETCH(int, kind);
    QFETCH(int, buttons);
    QFETCH(int, defaultButton);
    QFETCH(int, expected);
    const auto bs = QMessageBox::StandardButtons(buttons);
    const auto def = QMessageBox::StandardButton(defaultButton);
    DialogScript script;
    QMessageBox::StandardButton got = QMessageBox::NoButton;
    switch (Kind(kind)) {
    case Kind::Question: got = Dialogs::question(nullptr, QStringLiteral("t"), QStringLiteral("x"), bs, def); break;
    case Kind::Warning: got = Dialogs::warning(nullptr, QStringLiteral("t"), QStringLiteral("x"), bs, def); break;
    case Kind::Critical: got = Dialogs::critical(nullptr, QStringLiteral("t"), QStringLiteral("x"), bs, def); break;
    default: got = Dialogs::information(nullptr, QStringLiteral("t"), QStringLiteral("x"), bs, def); break;
    }
    QCOMPARE(int(got), expected);
    QCOMPARE(script.asked().size(), 1);
    QCOMPARE(int(script.last().kind), kind);
}

void TestDialogs::fileDialogsGetQueuedPaths()
{
    DialogScript script;
    script.choosePath(QStringLiteral("/tmp/out.csv"))
        .choosePaths({ QStringLiteral("/tmp/a.pdf"), QStringLiteral("/tmp/b.pdf") })
        .choosePath(QStringLiteral("/tmp/folder"));
    QCOMPARE(Dialogs::saveFileName(nullptr, QStringLiteral("Export submissions"), QStringLiteral("submissions.csv"),
                 QStringLiteral("CSV (*.csv)")),
        QStringLiteral("/tmp/out.csv"));
    QCOMPARE(Dialogs::openFileNames(nullptr, QStringLiteral("Attach files")),
        QStringList({ QStringLiteral("/tmp/a.pdf"), QStringLiteral("/tmp/b.pdf") }));
    QCOMPARE(Dialogs::existingDirectory(nullptr, QStringLiteral("Folder")), QStringLiteral("/tmp/folder"));
    // Nothing left: the next file dialog is cancelled.
    QCOMPARE(Dialogs::openFileName(nullptr, QStringLiteral("Import")), QString());
    QCOMPARE(Dialogs::openFileNames(nullptr, QStringLiteral("Attach files")), QStringList());

    QCOMPARE(script.asked().size(), 5);
    const Dialogs::Asked save = script.asked().at(0);
    QCOMPARE(save.kind, Kind::SaveFile);
    QCOMPARE(save.title, QStringLiteral("Export submissions"));
    QCOMPARE(save.text, QStringLiteral("submissions.csv"));
    QCOMPARE(save.filter, QStringLiteral("CSV (*.csv)"));
    QCOMPARE(script.asked().at(1).kind, Kind::OpenFiles);
    QCOMPARE(script.asked().at(2).kind, Kind::Directory);
    QCOMPARE(script.asked().at(3).kind, Kind::OpenFile);
}

void TestDialogs::pathsAndButtonsQueueSeparately()
{
    // A path queued first is kept for the file dialog; the box before it takes the button.
    DialogScript script;
    script.choosePath(QStringLiteral("/tmp/backup.cdvault")).answer(QMessageBox::Ok);
    QCOMPARE(
        Dialogs::warning(nullptr, QStringLiteral("Export"), QStringLiteral("x"), QMessageBox::Ok | QMessageBox::Cancel),
        QMessageBox::Ok);
    QCOMPARE(Dialogs::saveFileName(nullptr, QStringLiteral("Back up")), QStringLiteral("/tmp/backup.cdvault"));
}

void TestDialogs::innermostScriptAnswers()
{
    DialogScript outer;
    outer.answer(QMessageBox::Yes);
    {
        DialogScript inner;
        inner.answer(QMessageBox::Cancel);
        QCOMPARE(Dialogs::question(
                     nullptr, QStringLiteral("Inner"), QStringLiteral("x"), QMessageBox::Yes | QMessageBox::Cancel),
            QMessageBox::Cancel);
        QCOMPARE(inner.asked().size(), 1);
        QVERIFY(outer.asked().isEmpty());
    }
    // The inner script is gone: the outer one answers again, with its own queue.
    QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Outer"), QStringLiteral("x")), QMessageBox::Yes);
    QCOMPARE(outer.asked().size(), 1);
    QCOMPARE(outer.last().title, QStringLiteral("Outer"));
}

void TestDialogs::customBoxByButtonText()
{
    QMessageBox box(QMessageBox::Question, QStringLiteral("Letter"), QStringLiteral("Discard the draft?"));
    QPushButton* keep = box.addButton(QStringLiteral("Keep editing"), QMessageBox::RejectRole);
    QPushButton* discard = box.addButton(QStringLiteral("Discard"), QMessageBox::DestructiveRole);
    box.setEscapeButton(keep);
    int clicks = 0;
    connect(&box, &QMessageBox::buttonClicked, this, [&clicks] { ++clicks; });
    {
        DialogScript script;
        script.answerButton(QStringLiteral("Discard"));
        Dialogs::exec(box);
        QCOMPARE(box.clickedButton(), discard);
        QCOMPARE(clicks, 1);
        QCOMPARE(script.last().kind, Kind::Custom);
        QCOMPARE(script.last().title, QStringLiteral("Letter"));
        QCOMPARE(script.last().text, QStringLiteral("Discard the draft?"));
    }
    {
        // Unscripted, a box of custom buttons is escaped: the safe choice.
        DialogScript script;
        Dialogs::exec(box);
        QCOMPARE(box.clickedButton(), keep);
        QCOMPARE(script.count(Kind::Custom), 1);
    }
}

void TestDialogs::customBoxFallsBackLikeAStaticOne()
{
    QMessageBox box(QMessageBox::Warning, QStringLiteral("Form"), QStringLiteral("Save the changes?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    DialogScript script;
    QCOMPARE(Dialogs::exec(box), int(QMessageBox::Cancel));
    QCOMPARE(box.clickedButton(), box.button(QMessageBox::Cancel));
    box.setDefaultButton(QMessageBox::Save);
    QCOMPARE(Dialogs::exec(box), int(QMessageBox::Save));
    script.answer(QMessageBox::Discard);
    QCOMPARE(Dialogs::exec(box), int(QMessageBox::Discard));
    QCOMPARE(box.clickedButton(), box.button(QMessageBox::Discard));
    QCOMPARE(script.count(Kind::Custom), 3);
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
