#pragma once

#include "registers/RegisterTypes.h"

#include <QDateTime>
#include <QLabel>
#include <QList>

namespace cd {
class Vault;
}

namespace cd::ui {

// The banner over the incident register: the most urgent regulator deadline as a countdown,
// over the whole register whatever the filters show. load() reads the rule and the incidents
// whose report is due once (on load and after each change); refresh() recounts from memory, so
// the minute tick does not touch the vault.
class RegulatorCountdown : public QLabel
{
    Q_OBJECT

public:
    explicit RegulatorCountdown(QWidget* parent = nullptr);

    void load(Vault& vault);
    // Forgets what load() read and clears the banner (vault locked).
    void reset();
    void refresh(const QDateTime& nowUtc);

    int pendingCount() const { return int(m_pending.size()); }
    const registers::RegulatorRule& rule() const { return m_rule; }

private:
    registers::RegulatorRule m_rule;
    QList<registers::Incident> m_pending; // report required and not made, earliest deadline first
    bool m_loaded = false;
};

} // namespace cd::ui
