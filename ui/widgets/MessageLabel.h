#pragma once

#include <QLabel>

namespace Tenancy::Ui {

// A one-paragraph message under a field or a form: an error next to the field it concerns, or
// the outcome of an action. Hidden while it has nothing to say, so an untouched form shows no
// red. Its colour follows the palette (light or dark). When given the field it describes, the
// field's accessible description carries the message too, for screen readers.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Error, Success, Info };

    explicit MessageLabel(const QString &objectName, QWidget *describes = nullptr,
                          QWidget *parent = nullptr);

    // Shows message (its first letter capitalised, as a sentence); an empty one hides the label.
    void showMessage(const QString &message, Tone tone = Tone::Error);
    void clearMessage() { showMessage({}); }
    Tone tone() const { return m_tone; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QWidget *m_describes = nullptr;
    Tone m_tone = Tone::Error;
    bool m_applying = false;
};

// Makes window tall enough for its layout at its current width (wrapped labels included).
void growToFit(QWidget *window);

} // namespace Tenancy::Ui
