#pragma once

#include "iso/IsoTypes.h"

#include <QGroupBox>

class QPushButton;
class QTreeWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// The evidence of one control: files kept inside the vault, links and notes, with buttons to
// add, open, save and remove them.
class IsoEvidencePanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit IsoEvidencePanel(QWidget* parent = nullptr);

    // Lists the evidence of the control; a null vault or an empty id empties the list.
    void setControl(Vault* vault, const QString& controlId);
    void clear();
    // Whether the signed-in user may add and remove evidence.
    void setWritable(bool writable);
    void retranslate();

signals:
    // Evidence was added or removed: the control's evidence count changed.
    void changed();
    void statusMessage(const QString& message);
    // Something failed; the message says what to do next.
    void failed(const QString& message);

private:
    void addFile();
    void addLink();
    void addText();
    void openCurrent();
    void saveCurrentAs();
    void removeCurrent();
    // The evidence on the current line, or nullptr.
    const iso::EvidenceItem* current() const;
    void updateButtons();

    QTreeWidget* m_list;
    QPushButton* m_addFile;
    QPushButton* m_addLink;
    QPushButton* m_addText;
    QPushButton* m_open;
    QPushButton* m_save;
    QPushButton* m_remove;
    Vault* m_vault = nullptr;
    QString m_controlId;
    QList<iso::EvidenceItem> m_items;
    bool m_writable = false;
};

} // namespace cd::ui
