#include "ui/editor/translationbar.h"

#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace PortalDesk::Ui {

TranslationBar::TranslationBar(ArticleDocument *document, const QTimeZone &zone, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_zone(zone)
    , m_label(new QLabel)
    , m_showChanges(new QPushButton(tr("Show &Changes…")))
    , m_markUpToDate(new QPushButton(tr("&Mark Up to Date")))
{
    setObjectName(QStringLiteral("translationBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xe3, 0xf2, 0xfd)); // news about the pair, not a problem
    colours.setColor(QPalette::WindowText, QColor(0x0d, 0x2b, 0x45));
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_showChanges->setToolTip(
        tr("What changed in the original since this translation was last brought up to date"));
    m_markUpToDate->setToolTip(tr("Record that this translation now says what its original says"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_label, 1);
    row->addWidget(m_showChanges);
    row->addWidget(m_markUpToDate);
    connect(m_showChanges, &QPushButton::clicked, this, &TranslationBar::showChangesRequested);
    connect(m_markUpToDate, &QPushButton::clicked, this, &TranslationBar::markUpToDate);

    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(150);
    connect(&m_refreshDelay, &QTimer::timeout, this, &TranslationBar::refresh);
    // The original's saves are other articles' changes: any change may concern this one.
    connect(document->database().get(), &Database::articlesChanged, this, [this] { m_refreshDelay.start(); });
    connect(document, &ArticleDocument::saved, this, [this] { m_refreshDelay.start(); });
    hide();
    refresh();
}

QString TranslationBar::text() const
{
    return m_label->text();
}

void TranslationBar::refresh()
{
    m_link.reset();
    if (!m_document->isNew()) {
        if (auto link = TranslationPairs(m_document->database()).linkOf(m_document->article().id); link)
            m_link = *link;
    }
    if (!m_link || m_link->behind == 0) {
        hide();
        return;
    }
    auto original = ArticleStore(m_document->database()).get(m_link->originalId);
    m_originalHeadline = original ? original->headline : QString();
    const QString edits = m_link->behind == 1 ? tr("1 edit") : tr("%1 edits").arg(m_link->behind);
    const QString when = workflowTime(m_link->syncedAt, m_zone);
    m_label->setText(m_link->syncedBy.isEmpty()
            ? tr("This translation is behind its original by %1: “%2” changed after the translation was last "
                 "brought up to date (%3).")
                  .arg(edits, m_originalHeadline, when)
            : tr("This translation is behind its original by %1: “%2” changed after %3 last brought the "
                 "translation up to date (%4).")
                  .arg(edits, m_originalHeadline, m_link->syncedBy, when));
    show();
}

void TranslationBar::markUpToDate()
{
    if (!m_link)
        return;
    if (Status done = TranslationPairs(m_document->database()).markUpToDate(m_link->translationId); !done) {
        emit message(tr("Not marked up to date: %1").arg(done.error().text()));
        return;
    }
    emit message(tr("Marked up to date with “%1”.").arg(m_originalHeadline));
    refresh();
}

} // namespace PortalDesk::Ui
