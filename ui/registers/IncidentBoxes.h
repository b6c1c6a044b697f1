#pragma once

#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"

#include <QGroupBox>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

// The boxes under an incident's form that record what was reported and told, and draft the
// letters. Each acts on the saved incident and says `changed(id)` after a change.
class IncidentBox : public QGroupBox
{
    Q_OBJECT

public:
    using QGroupBox::QGroupBox;
    void setVault(Vault* vault) { m_vault = vault; }
    virtual void setIncident(const registers::Incident& incident) { m_incident = incident; }

signals:
    void changed(qint64 incidentId);

protected:
    bool isSaved() const { return m_incident.id > 0; }

    Vault* m_vault = nullptr;
    registers::Incident m_incident;
};

// The report to the regulator (authority, time, reference, who reported).
class RegulatorReportBox : public IncidentBox
{
    Q_OBJECT

public:
    explicit RegulatorReportBox(QWidget* parent = nullptr);
    void setIncident(const registers::Incident& incident) override;
    void updateState(bool canWrite);
    void retranslate();

private:
    void record();

    QFormLayout* m_form;
    QLineEdit* m_authority;
    QDateTimeEdit* m_reportedAt;
    QLineEdit* m_reference;
    QLineEdit* m_reportedBy;
    QPushButton* m_record;
};

// The notices to the people affected.
class IncidentNotificationsBox : public IncidentBox
{
    Q_OBJECT

public:
    explicit IncidentNotificationsBox(QWidget* parent = nullptr);
    void setIncident(const registers::Incident& incident) override;
    void updateState(bool canWrite);
    void retranslate();

private:
    void add();

    QTreeWidget* m_list;
    QPushButton* m_add;
};

// The notification letter, the public announcement and the incident report, in either language.
class IncidentLettersBox : public IncidentBox
{
    Q_OBJECT

public:
    explicit IncidentLettersBox(QWidget* parent = nullptr);
    void updateState();
    void retranslate();
    // Drafted from the saved incident; empty without one.
    ReportDocument letter(const QString& language, bool announcement) const;

private:
    void previewLetter(bool announcement);
    void previewIncidentReport();

    QComboBox* m_language;
    QPushButton* m_letter;
    QPushButton* m_announcement;
    QPushButton* m_incidentReport;
};

} // namespace cd::ui
