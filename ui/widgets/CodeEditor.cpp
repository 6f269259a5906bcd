#include "CodeEditor.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Tenancy::Ui {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

namespace {

// One step of the document's own undo history, on the QUndoStack.
class TextStep : public QUndoCommand
{
public:
    explicit TextStep(QTextDocument *document)
        : QUndoCommand(CodeEditor::tr("Typing"))
        , m_document(document)
    { }
    void undo() override { m_document->undo(); }
    void redo() override
    {
        if (m_done) // the first redo is the edit itself, already made
            m_document->redo();
        m_done = true;
    }

private:
    QTextDocument *m_document;
    bool m_done = false;
};

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"codeEditor"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 2);
    setUndoRedoEnabled(true);
    new JsonTemplateHighlighter(document());
    connect(document(), &QTextDocument::undoCommandAdded, this,
            [this] { m_undo->push(new TextStep(document())); });
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateMargin);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::highlightBrackets);
    updateMargin();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setText(const QString &text, bool resetHistory)
{
    if (resetHistory) {
        setPlainText(text); // clears the document's own history
        m_undo->clear();
        return;
    }
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.insertText(text); // one undoable step
}

void CodeEditor::goTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::max(0, line - 1));
    if (!block.isValid())
        return;
    // Columns count code points; positions count UTF-16 units.
    const QString text = block.text();
    int position = 0;
    for (int c = 1; c < column && position < text.size(); ++c)
        position += text.at(position).isHighSurrogate() ? 2 : 1;
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::min<int>(position, int(text.size())));
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(u'9') * std::max(3, digits);
}

bool CodeEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept(); // handled in keyPressEvent, not by a window's shortcut
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo)) {
        m_undo->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undo->redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::updateMargin()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumbers->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int current = textCursor().blockNumber();
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(palette().color(
                block.blockNumber() == current ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_lineNumbers->width() - 6, fontMetrics().height(),
                             Qt::AlignRight, QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

void CodeEditor::highlightBrackets()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = toPlainText();
    const int at = textCursor().position();
    auto matchFrom = [&](int pos) -> int {
        if (pos < 0 || pos >= text.size())
            return -1;
        const QChar c = text.at(pos);
        static const QString open = u"{["_s, close = u"}]"_s;
        int direction = 0;
        QChar mine, other;
        if (open.contains(c)) {
            direction = 1;
            mine = c;
            other = close.at(open.indexOf(c));
        } else if (close.contains(c)) {
            direction = -1;
            mine = c;
            other = open.at(close.indexOf(c));
        } else {
            return -1;
        }
        int depth = 0;
        bool inString = false;
        for (int i = pos; i >= 0 && i < text.size(); i += direction) {
            const QChar ch = text.at(i);
            if (ch == u'"' && (i == 0 || text.at(i - 1) != u'\\'))
                inString = !inString;
            if (inString && i != pos)
                continue;
            if (ch == mine)
                ++depth;
            else if (ch == other && --depth == 0)
                return i;
        }
        return -1;
    };
    for (int pos : {at, at - 1}) {
        const int match = matchFrom(pos);
        if (match < 0)
            continue;
        QTextCharFormat format;
        format.setBackground(palette().color(QPalette::Highlight).lighter(160));
        format.setForeground(palette().color(QPalette::Text));
        for (int p : {pos, match}) {
            QTextEdit::ExtraSelection s;
            s.format = format;
            s.cursor = QTextCursor(document());
            s.cursor.setPosition(p);
            s.cursor.setPosition(p + 1, QTextCursor::KeepAnchor);
            selections << s;
        }
        break;
    }
    setExtraSelections(selections);
}

JsonTemplateHighlighter::JsonTemplateHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

void JsonTemplateHighlighter::highlightBlock(const QString &text)
{
    const bool dark = QPalette().color(QPalette::Base).lightness() < 128;
    QTextCharFormat key, string, number, literal, placeholder;
    key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x4f, 0x9e));
    string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    placeholder.setForeground(dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26));
    placeholder.setFontWeight(QFont::Bold);
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, text.size());
            qsizetype after = end;
            while (after < text.size() && text.at(after).isSpace())
                ++after;
            const bool isKey = after < text.size() && text.at(after) == u':';
            setFormat(int(i), int(end - i), isKey ? key : string);
            // Placeholders inside the string.
            for (qsizetype p = text.indexOf(u"{{"_s, i); p >= 0 && p < end;
                 p = text.indexOf(u"{{"_s, p + 2)) {
                const qsizetype close = text.indexOf(u"}}"_s, p + 2);
                const qsizetype stop = close < 0 ? end : std::min(close + 2, end);
                setFormat(int(p), int(stop - p), placeholder);
            }
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < text.size()
                   && (text.at(end).isDigit() || u".eE+-"_s.contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), literal);
            i = end;
        } else {
            ++i;
        }
    }
}

} // namespace Tenancy::Ui
