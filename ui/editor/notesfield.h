#pragma once

// The desk's notes under the article's details: what a wire release carried besides the
// story (its "About X" boilerplate, media contacts, forward-looking statements) and notes
// between reporter and sub-editor. Never published. Folded away until opened; the header
// says how much it holds, so nothing kept there goes unseen.

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace PortalDesk::Ui {

class NotesField : public QWidget
{
    Q_OBJECT

public:
    explicit NotesField(QWidget *parent = nullptr);

    QPlainTextEdit *edit() const { return m_edit; }
    // Shows the document's text; emits nothing.
    void setText(const QString &text);
    bool isOpen() const;
    void setOpen(bool open);

signals:
    void textEdited(const QString &text);

private:
    void updateHeader();

    QToolButton *m_header;
    QPlainTextEdit *m_edit;
};

} // namespace PortalDesk::Ui
