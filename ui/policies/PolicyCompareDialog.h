#pragma once

#include "policies/PolicyDiff.h"
#include "policies/PolicyService.h"
#include "report/ReportDocument.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace cd::ui {

// A read-only pane that shows a policy text (or a comparison) as formatted text.
QTextBrowser* makePolicyPreview(QWidget* parent);

// Compares two versions of a document in either language, inline or side by side.
class PolicyCompareDialog : public QDialog
{
    Q_OBJECT

public:
    PolicyCompareDialog(const QList<PolicyVersion>& versions, qint64 fromId, qint64 toId, QWidget* parent = nullptr);
    int changeCount() const;
    int currentChange() const { return m_current; }
    void showChange(int index);
    ReportDocument comparisonReport() const;

private:
    void recompute();
    void render();
    const PolicyVersion* selected(QComboBox* box) const;

    QList<PolicyVersion> m_versions;
    QComboBox* m_from;
    QComboBox* m_to;
    QComboBox* m_language;
    QTabWidget* m_views;
    QTextBrowser* m_inline;
    QTextBrowser* m_old;
    QTextBrowser* m_new;
    QLabel* m_summary;
    QPushButton* m_previous;
    QPushButton* m_next;
    TextDiff m_diff;
    int m_current = -1;
};

} // namespace cd::ui
