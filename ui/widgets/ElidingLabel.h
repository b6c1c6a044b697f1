#pragma once

#include <QLabel>

namespace cd::ui {

// A one-line label that never widens its window: a text longer than the room it gets is
// shortened with "…" (in the middle for paths) and shown whole in the tooltip.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget* parent = nullptr, Qt::TextElideMode mode = Qt::ElideRight);

    void setFullText(const QString& text);
    QString fullText() const { return m_full; }
    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();
    QString m_full;
    Qt::TextElideMode m_mode;
};

} // namespace cd::ui
