#include "ui/editor/partnerview.h"

#include "core/store/articlestore.h"
#include "core/text/paragraphs.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

PartnerView::PartnerView(DatabasePtr database, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_zone(zone)
    , m_heading(new QLabel)
    , m_standfirst(new QLabel)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("partnerView"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_standfirst->setWordWrap(true);
    m_standfirst->setTextFormat(Qt::PlainText);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Partner's body, read-only"));
    auto *close = new QToolButton;
    close->setAutoRaise(true);
    close->setText(QStringLiteral("×"));
    close->setToolTip(tr("Close the side-by-side view"));
    connect(close, &QToolButton::clicked, this, &PartnerView::closeRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_standfirst);
    layout->addWidget(m_text, 1);

    connect(m_database.get(), &Database::articlesChanged, this, [this](const QStringList &ids) {
        if (!m_id.isEmpty() && (ids.isEmpty() || ids.contains(m_id)))
            reload();
    });
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, &PartnerView::partnerScrolled);
}

QString PartnerView::heading() const
{
    return m_heading->text();
}

void PartnerView::showArticle(const QString &id, QPlainTextEdit *editor)
{
    if (m_editor != editor) {
        if (m_editor)
            disconnect(m_editor->verticalScrollBar(), nullptr, this, nullptr);
        m_editor = editor;
        connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &PartnerView::editorScrolled);
    }
    m_id = id;
    reload();
}

void PartnerView::reload()
{
    auto article = ArticleStore(m_database).get(m_id);
    if (!article) {
        m_heading->setText(tr("The other version could not be read: %1").arg(article.error().text()));
        m_standfirst->clear();
        m_text->clear();
        return;
    }
    m_heading->setText(tr("%1 · %2 · %3")
                           .arg(languageName(article->language), article->headline,
                               shownStatusText(article->status, article->publishAt, article->embargoUntil,
                                   QDateTime::currentDateTimeUtc(), m_zone)));
    m_standfirst->setText(article->standfirst);
    m_standfirst->setVisible(!article->standfirst.isEmpty());
    const int line = firstVisibleLine(m_text);
    m_text->setPlainText(article->body);
    scrollToLine(m_text, line);
    editorScrolled();
}

int PartnerView::firstVisibleLine(QPlainTextEdit *view)
{
    return view->cursorForPosition(QPoint(0, 0)).blockNumber();
}

void PartnerView::scrollToLine(QPlainTextEdit *view, int line)
{
    const QTextBlock block = view->document()->findBlockByNumber(line);
    if (block.isValid())
        view->verticalScrollBar()->setValue(block.firstLineNumber());
}

// The paragraph at the top of one side goes to the top of the other.
void PartnerView::follow(QPlainTextEdit *leader, QPlainTextEdit *follower)
{
    if (m_following || !m_editor)
        return;
    const int paragraph
        = Paragraphs::atLine(Paragraphs::starts(leader->toPlainText()), firstVisibleLine(leader));
    const QList<int> starts = Paragraphs::starts(follower->toPlainText());
    m_following = true;
    if (starts.isEmpty())
        follower->verticalScrollBar()->setValue(0);
    else
        scrollToLine(follower, starts.at(std::min<qsizetype>(paragraph, starts.size() - 1)));
    m_following = false;
}

void PartnerView::editorScrolled()
{
    follow(m_editor, m_text);
}

void PartnerView::partnerScrolled()
{
    follow(m_text, m_editor);
}

} // namespace PortalDesk::Ui
