#pragma once

#include <QPlainTextEdit>
#include <QSyntaxHighlighter>

class QUndoStack;

namespace Tenancy::Ui {

// JSON template text: line numbers in the margin, colours for strings, numbers, literals and
// {{ placeholders }}, the bracket matching the one at the cursor highlighted, and undo/redo
// through a QUndoStack (so the window's Undo and Redo actions and their shortcuts drive it).
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    QUndoStack *undoStack() const { return m_undo; }
    // Replaces the text as one step that can be undone (or, with resetHistory, as a new start).
    void setText(const QString &text, bool resetHistory);
    // Moves the cursor to line and column (1-based; column in code points) and shows it.
    void goTo(int line, int column);
    int lineNumberAreaWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    // Undo and redo keys go through the QUndoStack, never straight to the document.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    friend class LineNumberArea;
    void paintLineNumbers(QPaintEvent *event);
    void updateMargin();
    void highlightBrackets();

    QWidget *m_lineNumbers = nullptr;
    QUndoStack *m_undo = nullptr;
};

class JsonTemplateHighlighter : public QSyntaxHighlighter
{
public:
    explicit JsonTemplateHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace Tenancy::Ui
