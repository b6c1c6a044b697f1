#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;

namespace cd {
class AppSettings;
class Vault;
} // namespace cd

namespace cd::ui {

// "Getting started" on the dashboard of a new vault: the first steps (import contacts, add
// staff, set the backup folder, load next year's holiday calendar), each with a button that
// goes there. Hidden once every step is done, or when the user hides it for this vault.
class GettingStartedPanel : public QFrame
{
    Q_OBJECT

public:
    explicit GettingStartedPanel(QWidget* parent = nullptr);

    void setAppSettings(AppSettings* settings) { m_settings = settings; }
    // Re-reads the steps from the vault (nullptr: hides the panel).
    void reload(Vault* vault);
    // Done flags in step order, for tests.
    QList<bool> doneSteps() const { return m_done; }

signals:
    // pageId and argument as in Page::navigateRequested.
    void navigateRequested(const QString& pageId, const QVariant& argument);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Step {
        QLabel* mark;
        QLabel* text;
        QPushButton* go;
    };
    void retranslate();
    void dismiss();

    AppSettings* m_settings = nullptr;
    QString m_vaultPath;
    int m_nextYear = 0;
    QLabel* m_title;
    QLabel* m_intro;
    QPushButton* m_hide;
    QList<Step> m_steps;
    QList<bool> m_done;
};

} // namespace cd::ui
