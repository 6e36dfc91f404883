#pragma once

// What double-clicking an article shows until the article editor arrives:
// its headline, section, status and last change, read-only.

#include <QMessageBox>

namespace PortalDesk::Ui {

class ArticleListModel;

class ArticleInfoBox : public QMessageBox
{
    Q_OBJECT

public:
    ArticleInfoBox(const ArticleListModel &model, const QString &articleId, QWidget *parent = nullptr);
};

} // namespace PortalDesk::Ui
