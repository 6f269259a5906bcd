#include "MessageLabel.h"

#include <QEvent>
#include <QLayout>
#include <QScopedValueRollback>

namespace Tenancy::Ui {

MessageLabel::MessageLabel(const QString &objectName, QWidget *describes, QWidget *parent)
    : QLabel(parent)
    , m_describes(describes)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Message"));
    hide();
    applyTone();
}

void MessageLabel::showMessage(const QString &message, Tone tone)
{
    // Servers indent continuation lines with tabs (libpq's "\n\tIs the server running..."):
    // keep the lines, drop the indentation.
    QStringList lines = message.split(u'\n');
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    QString text = lines.join(u'\n');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    m_tone = tone;
    applyTone();
    const bool changed = text != this->text() || isHidden() != text.isEmpty();
    setText(text);
    setVisible(!text.isEmpty());
    if (m_describes)
        m_describes->setAccessibleDescription(text);
    if (changed && !text.isEmpty())
        growToFit(window());
}

void growToFit(QWidget *window)
{
    QLayout *layout = window ? window->layout() : nullptr;
    if (!layout || !window->isVisible())
        return;
    // A wrapped message is taller than the layout's minimum size says: ask for the height at
    // the window's width, and grow (never shrink: the user may have sized it).
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window->width())
                                                   : layout->totalMinimumSize().height();
    if (window->height() < needed)
        window->resize(window->width(), needed);
}

void MessageLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        applyTone();
}

void MessageLabel::applyTone()
{
    if (m_applying)
        return;
    const QScopedValueRollback guard(m_applying, true);
    if (m_tone == Tone::Info) {
        if (testAttribute(Qt::WA_SetPalette))
            setPalette(QPalette()); // inherit the window's text colour again
        return;
    }
    // The window colour is inherited: it says whether this is a light or a dark theme.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor color = m_tone == Tone::Error
        ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20))
        : (dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20));
    if (testAttribute(Qt::WA_SetPalette) && palette().color(QPalette::WindowText) == color)
        return;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, color);
    setPalette(p);
}

} // namespace Tenancy::Ui
