#include "FormLabels.h"

#include "util/Formatting.h"
#include "util/Languages.h"

#include <QFormLayout>
#include <QLabel>

namespace cd::ui {

QString withColon(const QString& label)
{
    const QString text = label.trimmed();
    // A question ("Are the measures proportionate?") stands as it is, as does a label with its colon.
    for (const QChar end : { QChar(u':'), QChar(0xFF1A), QChar(u'?'), QChar(0xFF1F) }) {
        if (text.isEmpty() || text.endsWith(end)) {
            return text;
        }
    }
    return text + (fmt::language() == Languages::chinese() ? QString(QChar(0xFF1A)) : QStringLiteral(":"));
}

void setFormLabels(QFormLayout* form, const QStringList& labels)
{
    for (int i = 0; i < labels.size() && i < form->rowCount(); ++i) {
        if (auto* item = form->itemAt(i, QFormLayout::LabelRole); item && item->widget()) {
            if (auto* label = qobject_cast<QLabel*>(item->widget())) {
                label->setText(withColon(labels.at(i)));
            }
        }
    }
}

} // namespace cd::ui
