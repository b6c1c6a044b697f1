#include "LanguageManager.h"

#include "util/Formatting.h"
#include "util/Languages.h"

#include <QApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFont>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QTimeEdit>

namespace cd::ui {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
        QCoreApplication::instance()->installEventFilter(this);
    }
}

void LanguageManager::applyDateFormat(QWidget* widget)
{
    auto* edit = qobject_cast<QDateTimeEdit*>(widget);
    if (!edit || qobject_cast<QTimeEdit*>(edit) || edit->property("cdFixedFormat").toBool()) {
        return;
    }
    // The widget keeps the locale it was created with; month names follow the language too
    // (a calendar popup created later inherits it).
    edit->setLocale(QLocale());
    const bool withTime
        = qobject_cast<QDateEdit*>(edit) == nullptr && (edit->displayedSections() & QDateTimeEdit::TimeSections_Mask);
    const QString format = withTime ? fmt::dateTimeEditFormat() : fmt::dateEditFormat();
    if (edit->displayFormat() != format) {
        edit->setDisplayFormat(format);
        // The box keeps the size hint of its first format; an ISO date is wider than
        // "2 Nov 2026", so after a live switch the last digit would hide behind the arrow.
        const QString widest = QDateTime(QDate(2026, 12, 28), QTime(23, 58)).toString(format);
        const int arrow = edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, edit);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest) + arrow + 20);
    }
}

bool LanguageManager::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType()) {
        applyDateFormat(static_cast<QWidget*>(watched));
    }
    return QObject::eventFilter(watched, event);
}

LanguageManager::~LanguageManager()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
}

QString LanguageManager::systemDefault()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::Chinese ? Languages::chinese() : Languages::english();
}

bool LanguageManager::installInto(QCoreApplication* app, const QString& language, QTranslator* appTr, QTranslator* qtTr)
{
    Q_UNUSED(app)
    if (language != Languages::chinese()) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        // English source strings need only their plural forms.
        if (appTr->load(QStringLiteral(":/i18n/compliance-desk_en.qm"))) {
            QCoreApplication::installTranslator(appTr);
        }
        return true;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    bool ok = appTr->load(QStringLiteral(":/i18n/compliance-desk_zh_CN.qm"));
    if (ok) {
        QCoreApplication::installTranslator(appTr);
    }
    // Qt's own strings (standard dialogs, print preview) from the system's Qt translations.
    if (qtTr->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTr);
    }
    return ok;
}

void LanguageManager::setLanguage(const QString& requested)
{
    QString language = available().contains(requested) ? requested : systemDefault();
    if (language == m_language && m_app) {
        return;
    }
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
    }
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    installInto(QCoreApplication::instance(), language, m_app.get(), m_qt.get());
    m_language = language;
    // Deliver the LanguageChange events now, so every widget shows the new language at once.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    if (qobject_cast<QApplication*>(QCoreApplication::instance())) {
        for (QWidget* w : QApplication::allWidgets()) {
            applyDateFormat(w);
        }
    }
    emit languageChanged(language);
}

QStringList cjkFontFamilies()
{
    return { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
        QStringLiteral("WenQuanYi Micro Hei") };
}

void applyCjkFonts()
{
    QFont font = QApplication::font();
    QStringList families { font.family() };
    const QStringList available = QFontDatabase::families();
    for (const QString& f : cjkFontFamilies()) {
        if (available.contains(f)) {
            families << f;
        }
    }
    // With Noto Sans CJK SC first in the fallback list, Han characters take SC forms.
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace cd::ui
