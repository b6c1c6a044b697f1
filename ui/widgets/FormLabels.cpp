#include "FormLabels.h"

#include "util/Formatting.h"
#include "util/Languages.h"

#include <QFormLayout>
#include <QLabel>

namespace cd::ui {

QString withColon(const QString& label)
{
    const QString text = label.trimmed();
    if (text.isEmpty() || text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A))) {
        return text;
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
