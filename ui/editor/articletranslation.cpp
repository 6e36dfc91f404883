// The article editor's side of translation pairs (issue 15): the Translation menu,
// linking and unlinking, a new translation, the partner side by side, and what changed
// in the original. See core/store/translationpairs.h for what the store keeps.

#include "core/content/translationdraft.h"
#include "core/store/translationpairs.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/bodyeditor.h"
#include "ui/editor/editlockbar.h"
#include "ui/editor/linktranslationdialog.h"
#include "ui/editor/originalchangesdialog.h"
#include "ui/editor/partnerview.h"
#include "ui/editor/translationbar.h"

#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>

namespace PortalDesk::Ui {

namespace {

Language otherLanguage(Language language)
{
    return language == Language::En ? Language::ZhHantHK : Language::En;
}

} // namespace

QMenu *ArticleEditor::translationMenu() const
{
    return m_translation->menu();
}

QList<ArticleSummary> ArticleEditor::partners() const
{
    const Article article = m_document->article();
    if (article.translationGroup.isEmpty())
        return {};
    ArticleFilter filter;
    filter.translationGroup = article.translationGroup;
    QList<ArticleSummary> others;
    for (const ArticleSummary &row :
        ArticleStore(m_document->database()).list(filter).value_or(QList<ArticleSummary> {})) {
        if (row.id != article.id)
            others.append(row);
    }
    return others;
}

void ArticleEditor::fillTranslationMenu()
{
    QMenu *menu = m_translation->menu();
    menu->clear();
    const Article article = m_document->article();
    const QList<ArticleSummary> others = partners();
    for (const ArticleSummary &other : others) {
        const QString id = other.id;
        menu->addAction(tr("Open %1: %2").arg(languageName(other.language), other.headline), this,
            [this, id] { emit openArticleRequested(id); });
    }
    if (!others.isEmpty()) {
        QAction *beside = menu->addAction(tr("Show Side by Side"), this, &ArticleEditor::showPartner);
        beside->setCheckable(true);
        beside->setChecked(m_partnerView->isVisible());
        beside->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
        if (m_translationBar->link()) {
            QAction *changes
                = menu->addAction(tr("Changes in the Original…"), this, &ArticleEditor::showOriginalChanges);
            QAction *upToDate
                = menu->addAction(tr("Mark Up to Date"), m_translationBar, &TranslationBar::markUpToDate);
            changes->setEnabled(m_translationBar->link()->behind > 0);
            upToDate->setEnabled(m_translationBar->link()->behind > 0 && !m_readOnly);
        }
        menu->addSeparator();
    }
    const Language other = otherLanguage(article.language);
    const bool hasOther = std::any_of(
        others.begin(), others.end(), [other](const ArticleSummary &row) { return row.language == other; });
    if (!hasOther) {
        menu->addAction(other == Language::En ? tr("Create English Translation Draft")
                                              : tr("Create Chinese Translation Draft"),
            this, &ArticleEditor::createTranslation);
        QAction *link
            = menu->addAction(tr("Link to Existing Article…"), this, &ArticleEditor::linkTranslation);
        link->setEnabled(!m_readOnly);
    }
    if (!others.isEmpty()) {
        QAction *unlink = menu->addAction(tr("Unlink Translation…"), this, [this] { unlinkTranslation(); });
        unlink->setEnabled(!m_readOnly);
    }
}

void ArticleEditor::createTranslation()
{
    Article mine = m_document->article();
    const Language target = otherLanguage(mine.language);
    for (const ArticleSummary &other : partners()) {
        if (other.language == target) {
            emit message(tr("This story already has a version in %1: “%2”.")
                             .arg(languageName(target), other.headline));
            emit openArticleRequested(other.id);
            return;
        }
    }
    if (mine.translationGroup.isEmpty()) {
        // The pair is linked by a group both share; this article's id names it.
        m_document->setField(ArticleField::TranslationGroup, mine.id, tr("Link translation"));
        if (!save())
            return;
        mine = m_document->article();
    } else if (m_document->isNew() && !save()) {
        return;
    }
    emit openDraftRequested(translationDraft(mine, target, ArticleDocument::newArticle(target).id));
}

void ArticleEditor::linkTranslation()
{
    if (m_readOnly) {
        emit message(m_lockBar->text());
        return;
    }
    if ((m_document->isNew() || m_document->isDirty()) && !save())
        return;
    const Article mine = m_document->article();
    LinkTranslationDialog dialog(m_document->database(), mine, m_zone, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenId().isEmpty())
        return;
    const QString chosen = dialog.chosenId();
    TranslationPairs pairs(m_document->database());
    const Status linked
        = dialog.chosenIsOriginal() ? pairs.link(chosen, mine.id) : pairs.link(mine.id, chosen);
    if (!linked) {
        QMessageBox::warning(this, tr("Link Translation"), tr("Not linked: %1").arg(linked.error().text()));
        return;
    }
    m_translationBar->refresh();
    emit message(tr("Linked as a translation pair."));
}

void ArticleEditor::unlinkTranslation(bool ask)
{
    if (m_readOnly) {
        emit message(m_lockBar->text());
        return;
    }
    const QList<ArticleSummary> others = partners();
    if (others.isEmpty())
        return;
    if (ask
        && QMessageBox::question(this, tr("Unlink Translation"),
               tr("Unlink “%1” from “%2”? Both stay as they are; they are no longer one story in two "
                  "languages, and the preview no longer links them.")
                   .arg(m_document->title(), others.constFirst().headline),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    if ((m_document->isNew() || m_document->isDirty()) && !save())
        return;
    if (Status done = TranslationPairs(m_document->database()).unlink(m_document->article().id); !done) {
        emit message(tr("Not unlinked: %1").arg(done.error().text()));
        return;
    }
    showPartner(false);
    m_translationBar->refresh();
    emit message(tr("Unlinked from “%1”.").arg(others.constFirst().headline));
}

void ArticleEditor::showPartner(bool shown)
{
    auto *editing = qobject_cast<QSplitter *>(m_editing);
    if (!shown) {
        if (!m_partnerView->isHidden() && editing) {
            editing->setSizes({ 700, 220 }); // the typography and photos panel back
            m_editingArea->setMinimumWidth(editing->minimumSizeHint().width());
        }
        m_partnerView->hide();
        return;
    }
    // A translation shows its original; an original the first of its translations.
    QString id = m_translationBar->link() ? m_translationBar->link()->originalId : QString();
    if (id.isEmpty()) {
        const QList<ArticleSummary> others = partners();
        if (others.isEmpty()) {
            emit message(tr("This article has no translation partner to show beside it."));
            return;
        }
        id = others.constFirst().id;
    }
    m_partnerView->showArticle(id, m_body->textEdit());
    if (m_partnerView->isHidden()) {
        // Room to read both: the typography and photos panel folds away (its splitter
        // handle brings it back).
        if (editing)
            editing->setSizes({ 1, 0 });
        m_editingArea->setMinimumWidth(0);
        m_partnerView->show();
        // Once laid out (an editor opening with its partner has no width yet): the
        // partner gets what the fields do not need, between a quarter and a half.
        QTimer::singleShot(0, this, [this, editing] {
            const int width = m_pairSplit->width();
            const int fields = editing ? editing->minimumSizeHint().width() : width / 2;
            const int partner = std::clamp(width - fields, width / 4, width / 2);
            m_pairSplit->setSizes({ partner, width - partner });
        });
    }
}

void ArticleEditor::showOriginalChanges()
{
    if (m_document->isNew())
        return;
    OriginalChangesDialog dialog(m_document->database(), m_document->article().id, m_zone, this);
    dialog.exec();
    m_translationBar->refresh();
}

} // namespace PortalDesk::Ui
