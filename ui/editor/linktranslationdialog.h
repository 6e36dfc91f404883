#pragma once

// Pairs an article with an existing one in the other language (issue 15): a search over
// the articles in that language, each with its state, those already paired with another
// story shown but not choosable, and which of the two is the original (the Chinese one
// unless the editor says otherwise). The store checks again when the pair is made.

#include "core/content/article.h"
#include "core/store/database.h"

#include <QDialog>
#include <QTimeZone>
#include <QTimer>

class QLineEdit;
class QListWidget;
class QRadioButton;
class QPushButton;

namespace PortalDesk::Ui {

class LinkTranslationDialog : public QDialog
{
    Q_OBJECT

public:
    LinkTranslationDialog(
        DatabasePtr database, const Article &article, const QTimeZone &zone, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidates() const { return m_list; }
    QString chosenId() const;
    // True when the chosen article is the original and this one its translation.
    bool chosenIsOriginal() const;
    void setChosenIsOriginal(bool original);

private:
    void search();
    void updateButtons();

    DatabasePtr m_database;
    Article m_article;
    Language m_partnerLanguage;
    QTimeZone m_zone;
    QLineEdit *m_search;
    QListWidget *m_list;
    QRadioButton *m_theyAreOriginal;
    QRadioButton *m_thisIsOriginal;
    QPushButton *m_link = nullptr;
    QTimer m_searchDelay;
};

} // namespace PortalDesk::Ui
