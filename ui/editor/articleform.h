#pragma once

// The article's fields above the body: kicker, headline, standfirst, and a
// compact grid of the details (language, section, columns, byline, source,
// dateline, publish time and embargo in the portal's time zone, original
// link, credit, slug) and the desk's notes, folded away. Every edit goes to the ArticleDocument as an
// undoable command; the widgets follow the document, so undo shows up here.

#include "core/content/category.h"
#include "ui/editor/articlefields.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace PortalDesk::Ui {

class ArticleDocument;
class NotesField;

class ArticleForm : public QWidget
{
    Q_OBJECT

public:
    ArticleForm(ArticleDocument *document, const QList<Section> &sections, const QList<Column> &columns,
        const QTimeZone &zone, QWidget *parent = nullptr);

    // The widget that edits `field`, for focusing it and marking problems.
    QWidget *editorOf(ArticleField field) const;
    QLineEdit *lineEdit(ArticleField field) const { return m_lines.value(field); }
    // Marks the fields named by `problems`, with the messages as tooltips.
    void showProblems(const QList<Error> &problems);

private:
    QLineEdit *addLine(ArticleField field, const QString &placeholder = {});
    QWidget *createTimeEdit(ArticleField field);
    void showField(ArticleField field);
    void showColumns();
    void showTime(ArticleField field);
    void timeEdited(ArticleField field);

    ArticleDocument *m_document;
    QList<Section> m_sections;
    QList<Column> m_columns;
    QTimeZone m_zone;
    QHash<ArticleField, QLineEdit *> m_lines;
    QPlainTextEdit *m_standfirst;
    QComboBox *m_language;
    QComboBox *m_section;
    QPushButton *m_columnsButton;
    QHash<ArticleField, QCheckBox *> m_timeSet;
    QHash<ArticleField, QDateTimeEdit *> m_timeEdit;
    QLabel *m_problems;
    NotesField *m_notes;
    QLabel *m_linkWarning = nullptr; // the original link's host is a look-alike
    QLabel *m_wireTime; // when the wire put the story out; shown for wire copy only
};

} // namespace PortalDesk::Ui
