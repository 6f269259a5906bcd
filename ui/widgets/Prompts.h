#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace Tenancy::Ui {

// Every message box, file dialog and one-line question of the console goes through here, so
// tests can answer them ahead of time (like KeePassXC's MessageBox::setNextAnswer) instead of
// blocking on a modal dialog.
class Prompts
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // Empty when cancelled. Pass QFileDialog::DontConfirmOverwrite where choosing an existing
    // file is normal (a database to open or create).
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter, QFileDialog::Options options = {});
    static QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);
    // A line of text (initial filled in); empty when cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QString &initial = {});

    // Test hooks: the next prompt of that kind returns this without showing anything.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString &fileName);
    static void setNextText(const std::optional<QString> &text); // nullopt: cancelled
    // What the last message box said (tests assert on it).
    static QString lastMessage();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static std::optional<QString> s_nextFileName;
    static std::optional<std::optional<QString>> s_nextText;
    static QString s_lastMessage;
};

} // namespace Tenancy::Ui
