#include "AboutDialog.h"

#include "storage/Versions.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

AboutDialog::AboutDialog(Vault* vault, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Compliance Desk"));
    const VersionInfo v = VersionInfo::current();
    auto* layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("aboutText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p><table>")
                       .arg(tr("Compliance Desk"),
                           tr("合规工作台 — privacy "
                              "and information-security "
                              "compliance, offline."));
    auto row = [&html](const QString& k, const QString& val) {
        html += QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), val.toHtmlEscaped());
    };
    row(tr("Version"), v.app);
    row(tr("Qt"), v.qt);
    row(tr("SQLCipher"), QStringLiteral("%1 (SQLite %2)").arg(v.sqlcipher, v.sqlite));
    row(tr("Vault format this program writes"), QString::number(v.vaultFormat));
    if (vault) {
        row(tr("Format of the open vault"), QString::number(vault->formatVersion()));
    }
    html += QStringLiteral("</table><p>%1</p>").arg(tr("Contact: security@vivest.cn"));
    m_label->setText(html);
    layout->addWidget(m_label);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString AboutDialog::text() const
{
    return m_label->text();
}

} // namespace cd::ui
