#include "GettingStartedPanel.h"

#include "dashboard/SetupChecklist.h"
#include "preferences/AppSettings.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

enum StepIndex { ImportContacts, AddStaff, BackupFolder, HolidayCalendar, StepCount };

} // namespace

GettingStartedPanel::GettingStartedPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("gettingStarted"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("card", true);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_hide = new QPushButton(this);
    m_hide->setFlat(true);
    top->addWidget(m_title, 1);
    top->addWidget(m_hide);
    layout->addLayout(top);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < StepCount; ++i) {
        Step s { new QLabel(this), new QLabel(this), new QPushButton(this) };
        s.text->setWordWrap(true);
        s.mark->setAlignment(Qt::AlignCenter);
        s.mark->setMinimumWidth(s.mark->fontMetrics().horizontalAdvance(QStringLiteral("✓")) * 2);
        grid->addWidget(s.mark, i, 0);
        grid->addWidget(s.text, i, 1);
        grid->addWidget(s.go, i, 2);
        m_steps << s;
        m_done << false;
    }
    layout->addLayout(grid);

    connect(m_steps[ImportContacts].go, &QPushButton::clicked, this, [this] {
        emit navigateRequested(
            QStringLiteral("submissions"), QVariantMap { { QStringLiteral("action"), QStringLiteral("import") } });
    });
    for (int i : { AddStaff, BackupFolder, HolidayCalendar }) {
        connect(m_steps[i].go, &QPushButton::clicked, this,
            [this] { emit navigateRequested(QStringLiteral("settings"), QVariant()); });
    }
    connect(m_hide, &QPushButton::clicked, this, &GettingStartedPanel::dismiss);
    retranslate();
    hide();
}

void GettingStartedPanel::reload(Vault* vault)
{
    if (!vault || !vault->isSignedIn()) {
        m_vaultPath.clear();
        hide();
        return;
    }
    m_vaultPath = vault->path();
    auto checklist = dashboard::setupChecklist(*vault, Clock::today());
    if (!checklist) {
        hide();
        return;
    }
    m_nextYear = checklist->nextYear;
    m_done[ImportContacts] = checklist->hasSubmissions;
    m_done[AddStaff] = checklist->hasStaff;
    m_done[BackupFolder]
        = m_settings && !m_settings->value(AppSettings::Key::AutoBackupFolder).toString().trimmed().isEmpty();
    m_done[HolidayCalendar] = checklist->calendarNextYear;
    const bool dismissed
        = m_settings && m_settings->value(AppSettings::Key::DismissedChecklists).toStringList().contains(m_vaultPath);
    retranslate();
    setVisible(!dismissed && m_done.contains(false));
}

void GettingStartedPanel::dismiss()
{
    if (m_settings && !m_vaultPath.isEmpty()) {
        QStringList dismissed = m_settings->value(AppSettings::Key::DismissedChecklists).toStringList();
        if (!dismissed.contains(m_vaultPath)) {
            dismissed << m_vaultPath;
            m_settings->setValue(AppSettings::Key::DismissedChecklists, dismissed);
        }
    }
    hide();
}

void GettingStartedPanel::retranslate()
{
    m_title->setText(tr("Getting started"));
    m_intro->setText(tr("A few steps make the new vault ready for daily work."));
    m_hide->setText(tr("Hide"));
    m_hide->setToolTip(tr("Hide this checklist for this vault"));
    const QString year = m_nextYear > 0 ? QString::number(m_nextYear) : QString();
    const QStringList texts { tr("Import contact submissions: load the export of the website's contact form."),
        tr("Add staff accounts, so everyone signs in as themselves and the audit log names them."),
        tr("Set the backup folder, so a copy is written each time the vault is locked."),
        tr("Check the holiday calendar for %1: deadlines count official working days.").arg(year) };
    const QStringList buttons { tr("Import…"), tr("Accounts…"), tr("Backup…"), tr("Calendar…") };
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step& s = m_steps.at(i);
        const bool done = m_done.value(i);
        s.mark->setText(done ? QStringLiteral("✓") : QStringLiteral("○"));
        s.mark->setStyleSheet(done ? StatePalette::styleSheet(StateTone::Ok) : QString());
        s.mark->setAccessibleName(done ? tr("Done") : tr("To do"));
        s.text->setText(texts.at(i));
        s.text->setEnabled(!done);
        s.go->setText(buttons.at(i));
    }
}

void GettingStartedPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QFrame::changeEvent(event);
}

} // namespace cd::ui
