#include "PassphraseEdit.h"

#include "widgets/Theme.h"

#include <QAction>
#include <QEvent>
#include <QSet>
#include <QStyle>

namespace cd::ui {

PassphraseEdit::PassphraseEdit(QWidget* parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_toggle = addAction(Theme::icon(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("revealToggle"));
    connect(m_toggle, &QAction::toggled, this, &PassphraseEdit::setRevealed);
    retranslate();
}

void PassphraseEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_toggle->isChecked() != revealed) {
        m_toggle->setChecked(revealed);
    }
    retranslate();
}

void PassphraseEdit::wipe()
{
    // setText() also drops the undo history; clear() would keep the removed characters there
    // so that Ctrl+Z could bring the passphrase back.
    setText(QString());
    setRevealed(false);
}

void PassphraseEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QLineEdit::changeEvent(event);
}

void PassphraseEdit::retranslate()
{
    m_toggle->setToolTip(isRevealed() ? tr("Hide") : tr("Show"));
    m_toggle->setIcon(Theme::icon(isRevealed() ? QStringLiteral("eye-off") : QStringLiteral("eye")));
}

PassphraseStrength assessPassphrase(const QString& passphrase)
{
    PassphraseStrength s;
    const int length = int(passphrase.size());
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    const int distinct = int(QSet<QChar>(passphrase.begin(), passphrase.end()).size());
    if (length < 12) {
        s.score = 0;
        s.text = PassphraseEdit::tr("Too short: use at least 12 characters.");
    } else if (distinct < 6) {
        s.score = 1;
        s.text = PassphraseEdit::tr("Weak: too many repeated characters.");
    } else if (length >= 20 || (length >= 14 && classes >= 3)) {
        s.score = length >= 20 && classes >= 2 ? 4 : 3;
        s.text = PassphraseEdit::tr("Strong.");
    } else {
        s.score = 2;
        s.text = PassphraseEdit::tr("Fair: a few more words make it much stronger.");
    }
    return s;
}

} // namespace cd::ui
