#include "Prompts.h"

#include <QFileDialog>
#include <QInputDialog>

namespace Tenancy::Ui {

std::optional<QMessageBox::StandardButton> Prompts::s_nextAnswer;
std::optional<QString> Prompts::s_nextFileName;
QString Prompts::s_lastMessage;
std::optional<std::optional<QString>> Prompts::s_nextText;

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    s_lastMessage = text;
    if (s_nextAnswer)
        return std::exchange(s_nextAnswer, std::nullopt).value();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::information(parent, title, text);
}

void Prompts::warning(QWidget *parent, const QString &title, const QString &text)
{
    s_lastMessage = text;
    if (s_nextAnswer) {
        s_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Prompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                              const QString &filter, QFileDialog::Options options)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr, options);
}

QString Prompts::openFileName(QWidget *parent, const QString &title, const QString &directory,
                              const QString &filter)
{
    if (s_nextFileName)
        return std::exchange(s_nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

std::optional<QString> Prompts::text(QWidget *parent, const QString &title, const QString &label,
                                     const QString &initial)
{
    s_lastMessage = label;
    if (s_nextText)
        return std::exchange(s_nextText, std::nullopt).value();
    bool ok = false;
    const QString text
        = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void Prompts::setNextText(const std::optional<QString> &text)
{
    s_nextText = text;
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

void Prompts::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString Prompts::lastMessage()
{
    return s_lastMessage;
}

} // namespace Tenancy::Ui
