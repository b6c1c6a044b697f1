#include "RegulatorCountdown.h"

#include "RegisterViews.h"
#include "registers/RegisterService.h"
#include "report/StatePalette.h"
#include "vault/Vault.h"

namespace cd::ui {

using namespace cd::registers;

RegulatorCountdown::RegulatorCountdown(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
}

void RegulatorCountdown::load(Vault& vault)
{
    IncidentService service(vault);
    m_rule = service.rule();
    m_pending.clear();
    if (auto pending = service.pendingRegulatorReports()) {
        for (const auto& entry : pending.value()) {
            m_pending.append(entry.first);
        }
    }
    m_loaded = true;
}

void RegulatorCountdown::reset()
{
    m_rule = RegulatorRule();
    m_pending.clear();
    m_loaded = false;
    clear();
    hide();
}

void RegulatorCountdown::refresh(const QDateTime& now)
{
    if (!m_loaded) {
        return;
    }
    if (m_pending.isEmpty()) {
        setText(tr("No regulator report is due."));
        setStyleSheet(StatePalette::styleSheet(StateTone::Ok));
        show();
        return;
    }
    // The deadlines do not move with time, so the earliest stays first; only the counts change.
    const Incident& first = m_pending.first();
    const RegulatorClock c = IncidentService::clockFor(first, m_rule, now);
    const bool overdue = c.state == RegulatorClock::State::Overdue;
    QString text = overdue ? tr("Regulator report OVERDUE by %1 for incident %2 \"%3\" (deadline %4).")
                           : tr("Regulator report due in %1 for incident %2 \"%3\" (deadline %4).");
    text = text.arg(formatDuration(c.secondsRemaining)).arg(first.id).arg(first.title, registerLocalTime(c.deadline));
    if (m_pending.size() > 1) {
        text += QLatin1Char(' ') + tr("%1 more incidents are waiting for their report.").arg(m_pending.size() - 1);
    }
    setText(text);
    setStyleSheet(StatePalette::styleSheet(overdue ? StateTone::Overdue : StateTone::DueSoon, true)
        + QStringLiteral(" font-weight: 600;"));
    show();
}

} // namespace cd::ui
