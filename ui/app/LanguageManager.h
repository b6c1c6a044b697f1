#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTranslator>

#include "util/Languages.h"
#include <memory>

class QWidget;

namespace cd::ui {

// Loads the application's and Qt's own translations and switches them at run time.
// Widgets react through QEvent::LanguageChange, so nothing needs a restart.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    // "zh_CN" or "en"; an empty or unknown value picks from the system locale.
    void setLanguage(const QString& language);
    QString language() const { return m_language; }
    static QString systemDefault();
    static QStringList available() { return Languages::all(); }

    // For headless use (CLI reports): install translators without a GUI.
    static bool installInto(QCoreApplication* app, const QString& language, QTranslator* appTr, QTranslator* qtTr);

    // Date and date-time edits show dates as cd::fmt does (see util/Formatting.h), in the
    // current language: applied to each edit before it is first shown and to all of them on a
    // language switch. An edit with the property "cdFixedFormat" set keeps its own format.
    static void applyDateFormat(QWidget* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void languageChanged(const QString& language);

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

// Sets font families with Simplified Chinese glyphs so CJK text never falls back to
// Japanese forms, on every platform.
void applyCjkFonts();
QStringList cjkFontFamilies();

} // namespace cd::ui
