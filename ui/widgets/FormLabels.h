#pragma once

#include <QStringList>

class QFormLayout;

namespace cd::ui {

// Sets the label of each row of a form, in order, ending each in the interface language's
// colon ("Name:", "名称：") unless the text already has one or is a question, so every form
// reads alike.
void setFormLabels(QFormLayout* form, const QStringList& labels);

// The label text as a form shows it: with a trailing colon of the interface language.
QString withColon(const QString& label);

} // namespace cd::ui
