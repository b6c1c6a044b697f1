#pragma once

#include <QDialog>

class QLabel;

namespace cd {
class Vault;
}

namespace cd::ui {

// Versions of the program, Qt and SQLCipher, and the vault format.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(Vault* vault, QWidget* parent = nullptr);
    QString text() const;

private:
    QLabel* m_label;
};

} // namespace cd::ui
