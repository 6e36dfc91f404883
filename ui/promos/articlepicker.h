#pragma once

// Picks an article for a promo link: type part of a headline, choose from the
// newest matches.

#include "core/store/articlestore.h"

#include <QDialog>
#include <QTimeZone>

class QLineEdit;
class QListWidget;

namespace PortalDesk::Ui {

class ArticlePicker : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MatchLimit = 100;

    explicit ArticlePicker(DatabasePtr database, QWidget *parent = nullptr);

    QString articleId() const; // empty when nothing is chosen
    QString headline() const;
    QString state() const; // "Draft", "Scheduled for 2026-12-02 18:00 HKT", …
    bool goesLive() const; // published or scheduled: a promo to it will lead somewhere

private:
    void search();

    ArticleStore m_store;
    QLineEdit *m_search;
    QListWidget *m_list;
    QTimeZone m_zone;
};

} // namespace PortalDesk::Ui
