#include "ui/editor/revisiondialog.h"

#include "ui/editor/articlefields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

RevisionDialog::RevisionDialog(
    DatabasePtr database, const QString &articleId, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_store(std::move(database))
    , m_list(new QTreeWidget)
    , m_text(new QPlainTextEdit)
    , m_zone(zone)
{
    setWindowTitle(tr("Revision History"));
    resize(900, 600);
    m_list->setHeaderLabels({ tr("Version"), tr("Saved"), tr("By"), tr("Headline"), tr("Note") });
    m_list->setRootIsDecorated(false);
    m_text->setReadOnly(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore = buttons->addButton(tr("Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row < 0)
            return;
        m_chosen = m_revisions.at(row).id;
        accept();
    });

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_list);
    split->addWidget(m_text);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    auto revisions = m_store.revisions(articleId);
    if (!revisions) {
        m_text->setPlainText(tr("The history could not be read: %1").arg(revisions.error().text()));
        return;
    }
    m_revisions = *revisions;
    for (const Revision &revision : std::as_const(m_revisions)) {
        new QTreeWidgetItem(m_list,
            { QString::number(revision.version),
                QLocale().toString(revision.savedAt.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm")),
                revision.savedBy, revision.headline, revision.note });
    }
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RevisionDialog::showSelected);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void RevisionDialog::showSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0)
        return;
    auto article = m_store.revision(m_revisions.at(row).id);
    if (!article) {
        m_text->setPlainText(article.error().text());
        m_restore->setEnabled(false);
        return;
    }
    QStringList lines;
    for (ArticleField field : ArticleFields::all()) {
        if (field == ArticleField::Body || field == ArticleField::TranslationGroup)
            continue;
        const QString value = ArticleFields::display(*article, field, m_zone);
        if (!value.isEmpty())
            lines.append(ArticleFields::label(field) + QStringLiteral(": ") + value);
    }
    lines.append(QString());
    lines.append(article->body);
    m_text->setPlainText(lines.join(u'\n'));
    m_restore->setEnabled(row > 0); // the newest is what is stored now
}

} // namespace PortalDesk::Ui
