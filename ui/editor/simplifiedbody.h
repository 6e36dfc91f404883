#pragma once

// The Simplified edition's own body for a zh-Hant-HK article. Empty, the 简
// edition converts the Traditional body phrase by phrase; when a desk wants
// Mainland wording the converter cannot know, it writes the text here. "Fill
// from Conversion" starts from the converter's text. Every edit is a step on
// the article's undo stack, like any other field.

#include "ui/editor/articletextedit.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace PortalDesk::Ui {

class ArticleDocument;

class SimplifiedBody : public QWidget
{
    Q_OBJECT

public:
    explicit SimplifiedBody(ArticleDocument *document, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }
    // Replaces the text by the converter's Simplified version of the body (one undo step).
    bool fillFromConversion();
    // Empties it again, so the edition follows the body (one undo step).
    void useConversion();

signals:
    void message(const QString &text);

private:
    void showText();
    void updateState();

    ArticleDocument *m_document;
    ArticleTextEdit *m_text;
    QLabel *m_state;
    QPushButton *m_clear;
};

} // namespace PortalDesk::Ui
