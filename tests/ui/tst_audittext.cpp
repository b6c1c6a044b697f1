// The audit log in words: every action, record type, field, detail key and vault rule the
// program can write (found in the sources, at each call of the audit log) reads as words in
// English and in Chinese, and a vault whose rules were changed shows no internal key on the
// audit log page.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "auditview/AuditText.h"
#include "pages/AuditLogModel.h"
#include "registers/IncidentGrading.h"
#include "registers/IncidentReporting.h"
#include "settings/VaultSettings.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

// What an internal code looks like: lowercase words joined by "_" or "." (retention_months,
// submissions.retention_months, request.transition).
const QRegularExpression kRawKey(QStringLiteral("\\b[a-z][a-z0-9]*(?:[._][a-z0-9]+)+\\b"));
const QRegularExpression kHan(QStringLiteral("\\p{Han}"));
const QRegularExpression kLiteral(QStringLiteral("QStringLiteral\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)"));
const QRegularExpression kCode(QStringLiteral("^[a-z_][a-z0-9_.]*$"));

struct Codes {
    QSet<QString> actions; // request.transition
    QSet<QString> ids; // record types, field names and plain values in the calls
    QSet<QString> detailKeys; // the keys of key=value details
    QSet<QString> fields; // field names collected before the call (note(…, "x"), fields << …)
    QSet<QString> settings; // keys of the settings table
};

QStringList literals(const QString& text)
{
    QStringList out;
    for (auto it = kLiteral.globalMatch(text); it.hasNext();) {
        out << it.next().captured(1);
    }
    return out;
}

// The argument text of the call whose "(" is at open.
QString callArguments(const QString& text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('(')) {
            ++depth;
        } else if (text.at(i) == QLatin1Char(')') && --depth == 0) {
            return text.mid(open, i - open + 1);
        }
    }
    return {};
}

Codes scanSources()
{
    Codes codes;
    QStringList files;
    const QString root = qEnvironmentVariable("CD_SOURCE_DIR");
    for (const char* area : { "core", "ui", "app" }) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(area),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
    }
    static const QRegularExpression call(QStringLiteral("(?:\\.audit\\(|\\baudit\\(\\s*\\{|AuditLog::append\\()"));
    static const QRegularExpression detailKey(QStringLiteral("(?:^|[\\s;])([a-z_][a-z0-9_]*)=(?:%|[a-z0-9])"));
    static const QRegularExpression note(QStringLiteral("\\bnote\\([^;]*?,\\s*\"([a-z_]+)\"\\)"));
    static const QRegularExpression fieldList(QStringLiteral("\\b(?:fields|changed)\\s*(?:<<|\\{)([^;]*);"));
    // changedFields(before, after, { "title", … }): the audit names of the compared fields.
    static const QRegularExpression changedNames(QStringLiteral("\\bchangedFields\\([^;]*?\\{([^}]*)\\}"));
    static const QRegularExpression plainName(QStringLiteral("\"([a-z_][a-z0-9_]*)\""));
    static const QRegularExpression setter(
        QStringLiteral("\\b(?:setSetting|writeSetting)\\((?:(?:db|tx),\\s*)?([^,()]+(?:\\(\\))?),"));
    QStringList settingExpressions;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        const bool writesAudit = path.endsWith(QLatin1String(".cpp")) && call.match(text).hasMatch();
        if (!writesAudit) {
            continue;
        }
        for (auto it = call.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString args = callArguments(text, text.indexOf(QLatin1Char('('), m.capturedStart()));
            if (args.contains(QLatin1String("const AuditRecord&"))) {
                continue; // the definition of Vault::audit
            }
            for (const QString& literal : literals(args)) {
                if (kCode.match(literal).hasMatch()) {
                    (literal.contains(QLatin1Char('.')) ? codes.actions : codes.ids).insert(literal);
                }
            }
        }
        for (const QString& literal : literals(text)) {
            for (auto it = detailKey.globalMatch(literal); it.hasNext();) {
                codes.detailKeys.insert(it.next().captured(1));
            }
        }
        for (auto it = note.globalMatch(text); it.hasNext();) {
            codes.fields.insert(it.next().captured(1));
        }
        for (auto it = fieldList.globalMatch(text); it.hasNext();) {
            for (const QString& literal : literals(it.next().captured(1))) {
                if (kCode.match(literal).hasMatch()) {
                    codes.fields.insert(literal);
                }
            }
        }
        for (auto it = changedNames.globalMatch(text); it.hasNext();) {
            const QString names = it.next().captured(1);
            for (auto name = plainName.globalMatch(names); name.hasNext();) {
                codes.fields.insert(name.next().captured(1));
            }
        }
        for (auto it = setter.globalMatch(text); it.hasNext();) {
            settingExpressions << it.next().captured(1).trimmed();
        }
    }
    // Vault settings come from their table; a key written by hand outside it is caught too.
    for (const SettingSpec* spec = VaultSettings::begin(); spec != VaultSettings::end(); ++spec) {
        codes.settings.insert(QString::fromLatin1(spec->key));
    }
    for (const QString& expression : settingExpressions) {
        if (const QStringList direct = literals(expression); !direct.isEmpty()) {
            codes.settings.insert(direct.first());
        }
    }
    return codes;
}

void installLanguage(const QString& language, QTranslator* appTr, QTranslator* qtTr)
{
    QCoreApplication::removeTranslator(appTr);
    QCoreApplication::removeTranslator(qtTr);
    LanguageManager::installInto(QCoreApplication::instance(), language, appTr, qtTr);
}

} // namespace

class TestAuditText : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeTheProgramWritesReadsAsWords_data();
    void everyCodeTheProgramWritesReadsAsWords();
    void vaultRuleChangesShowNoKeys();
    void transitionsAndLetterTemplatesInWords();
};

void TestAuditText::everyCodeTheProgramWritesReadsAsWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestAuditText::everyCodeTheProgramWritesReadsAsWords()
{
    QFETCH(QString, language);
    const Codes codes = scanSources();
    // The scan itself works: a broken pattern must not make the test pass with nothing checked.
    QVERIFY2(codes.actions.size() >= 80, qPrintable(QString::number(codes.actions.size())));
    QVERIFY(codes.actions.contains(QStringLiteral("settings.update")));
    QVERIFY(codes.ids.contains(QStringLiteral("setting")));
    QVERIFY(codes.detailKeys.contains(QStringLiteral("attachments")));
    QVERIFY(codes.fields.contains(QStringLiteral("possible_harm")));
    QVERIFY(codes.fields.contains(QStringLiteral("basis_details")));
    QVERIFY(codes.fields.contains(QStringLiteral("handling_ended_at")));
    QVERIFY2(codes.settings.size() >= 8, qPrintable(QStringList(codes.settings.values()).join(QLatin1Char(' '))));
    QVERIFY(codes.settings.contains(QStringLiteral("submissions.retention_months")));

    QTranslator appTr, qtTr;
    installLanguage(language, &appTr, &qtTr);
    const bool zh = language == QLatin1String("zh_CN");
    auto check = [&](const QString& kind, const QString& code, const QString& shown, bool plainWord = false) {
        const QString what = QStringLiteral("%1 %2 → \"%3\"").arg(kind, code, shown);
        // Unknown codes come back as they are: a word differs at least in its capital (plain
        // English values such as "failed" are words already).
        QVERIFY2(!shown.isEmpty() && (shown != code || (plainWord && !zh)) && !kRawKey.match(shown).hasMatch(),
            qPrintable(what));
        if (zh) {
            QVERIFY2(kHan.match(shown).hasMatch(), qPrintable(what));
        }
    };
    for (const QString& action : codes.actions) {
        check(QStringLiteral("action"), action, audit::actionName(action));
    }
    for (const QString& id : codes.ids) {
        // A record type, a field, or a plain value of a detail ("csv", "ok").
        const QString entity = audit::entityName(id);
        const QString field = audit::fieldName(id);
        const QString value = audit::detailText(QStringLiteral("format=") + id).section(QLatin1Char(':'), 1).trimmed();
        const QString shown = entity != id ? entity : field != id ? field : value;
        const bool isValue = entity == id && field == id;
        if (isValue && zh && !kHan.match(value).hasMatch()) {
            QVERIFY2(value != id && !kRawKey.match(value).hasMatch(), qPrintable(id)); // "CSV", "JSON"
        } else {
            check(QStringLiteral("code"), id, shown, isValue);
        }
    }
    for (const QString& key : codes.detailKeys) {
        check(QStringLiteral("detail key"), key, audit::fieldName(key));
    }
    for (const QString& field : codes.fields) {
        check(QStringLiteral("field"), field, audit::fieldName(field));
    }
    for (const QString& key : codes.settings) {
        check(QStringLiteral("vault rule"), key, audit::recordText(QStringLiteral("setting"), key));
        check(QStringLiteral("vault rule field"), key, audit::fieldNames({ key }));
    }
    installLanguage(QStringLiteral("en"), &appTr, &qtTr);
}

// Real entries, as the audit log page shows them: the record and field columns name the rule.
void TestAuditText::vaultRuleChangesShowNoKeys()
{
    TestVault tv;
    const Codes codes = scanSources();
    for (const QString& key : codes.settings) {
        QVERIFY2(tv.vault().setSetting(key, QStringLiteral("1")), qPrintable(key));
    }
    // Every rule is "1" now, so the operator type (2 hours) changes all three of its rules.
    QVERIFY(registers::IncidentReportingService(tv.vault()).setOperatorType(registers::OperatorType::StateOrgan));
    QTranslator appTr, qtTr;
    for (const QString& language : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        installLanguage(language, &appTr, &qtTr);
        AuditLogModel model;
        model.setVault(&tv.vault());
        QVERIFY(model.rowCount() >= codes.settings.size());
        int ruleRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column : { AuditLogModel::Action, AuditLogModel::Entity, AuditLogModel::EntityId,
                     AuditLogModel::Fields, AuditLogModel::Detail }) {
                const QString text = model.index(row, column).data().toString();
                QVERIFY2(!kRawKey.match(text).hasMatch(),
                    qPrintable(
                        QStringLiteral("%1, row %2, column %3: %4").arg(language).arg(row).arg(column).arg(text)));
            }
            if (model.index(row, AuditLogModel::Action).data(Qt::ToolTipRole).toString()
                == QLatin1String("settings.update")) {
                ++ruleRows;
                const QString record = model.index(row, AuditLogModel::EntityId).data().toString();
                QVERIFY(!record.isEmpty());
                if (language == QLatin1String("zh_CN")) {
                    QVERIFY2(kHan.match(record).hasMatch(), qPrintable(record));
                }
            }
        }
        // The operator type changes three rules, each its own entry (the grade named, not keyed).
        QCOMPARE(ruleRows, int(codes.settings.size()) + 3);
    }
    installLanguage(QStringLiteral("en"), &appTr, &qtTr);
}

void TestAuditText::transitionsAndLetterTemplatesInWords()
{
    QTranslator appTr, qtTr;
    installLanguage(QStringLiteral("en"), &appTr, &qtTr);
    QCOMPARE(audit::detailText(QStringLiteral("draft->in_review")), QStringLiteral("Draft → In review"));
    const QString incident = audit::detailText(QStringLiteral("reported->closed"));
    QVERIFY2(!kRawKey.match(incident).hasMatch() && incident.contains(QStringLiteral("→")), qPrintable(incident));
    QCOMPARE(audit::recordText(QStringLiteral("letter_template"), QStringLiteral("rejected.zh_CN")),
        QStringLiteral("Request rejected (Chinese)"));
    // Hostile or unknown text is shown as stored, never dropped.
    QCOMPARE(audit::recordText(QStringLiteral("setting"), QStringLiteral("<b>x</b>")), QStringLiteral("<b>x</b>"));
    QCOMPARE(audit::detailText(QStringLiteral("a->")), QStringLiteral("a->"));
    QCOMPARE(audit::recordText(QStringLiteral("request"), QStringLiteral("17")), QStringLiteral("17"));
}

QTEST_MAIN(TestAuditText)
#include "tst_audittext.moc"
