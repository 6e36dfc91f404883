#include "ui/articles/articleinfobox.h"

#include "ui/articles/articlelistmodel.h"

namespace PortalDesk::Ui {

ArticleInfoBox::ArticleInfoBox(const ArticleListModel &model, const QString &articleId, QWidget *parent)
    : QMessageBox(parent)
{
    setWindowTitle(tr("Article"));
    setIcon(QMessageBox::Information);
    setTextFormat(Qt::PlainText);
    setStandardButtons(QMessageBox::Close);

    const std::optional<ArticleSummary> article = model.summary(articleId);
    if (!article) {
        setText(tr("This article is no longer in the list."));
        return;
    }
    setText(article->headline);
    const QString updatedBy = article->updatedBy.isEmpty() ? tr("unknown") : article->updatedBy;
    const QString section
        = article->section.isEmpty() ? tr("none") : model.sectionName(article->section, article->language);
    setInformativeText(tr("Section: %1\nLanguage: %2\nStatus: %3\nUpdated: %4 by %5\nVersion: %6\n\n"
                          "Editing articles comes in a later version of PortalDesk.")
                           .arg(section, ArticleListModel::languageName(article->language),
                               model.statusText(*article), model.formatTime(article->updatedAt), updatedBy)
                           .arg(article->version));
}

} // namespace PortalDesk::Ui
