#include "ui/preview/previewdock.h"

#include "core/store/articlestore.h"
#include "ui/editor/articledocument.h"
#include "ui/preview/previewpage.h"
#include "ui/settings/themefolder.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace PortalDesk::Ui {

bool PreviewDock::fitsSetHtml(const QByteArray &utf8)
{
    // QWebEnginePage::setHtml() navigates to a data: URL of the page percent-encoded, and
    // Chromium refuses a URL over 2 MiB without a word: each byte outside A–Z, a–z, 0–9 and
    // "-._~" takes three, so a Chinese character nine, and 250,000 of them are too many.
    constexpr qsizetype urlLimit = 2 * 1024 * 1024 - 64; // less "data:text/html;charset=UTF-8,"
    qsizetype encoded = 0;
    for (const char c : utf8) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
            || c == '-' || c == '.' || c == '_' || c == '~';
        encoded += unreserved ? 1 : 3;
        if (encoded > urlLimit)
            return false;
    }
    return true;
}

PreviewDock::PreviewDock(QWidget *parent)
    : QDockWidget(tr("Preview"), parent)
    , m_renderer(new PreviewRenderer(this))
    , m_stack(new QStackedWidget)
    , m_message(new QLabel)
    , m_viewBox(new QWidget)
{
    setObjectName(QStringLiteral("preview"));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(24);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(tr("Open an article to see it as readers will."));
    auto *viewRow = new QHBoxLayout(m_viewBox);
    viewRow->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_viewBox);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createToolBar());
    layout->addWidget(m_stack, 1);
    setWidget(content);

    m_typing.setSingleShot(true);
    m_typing.setInterval(TypingDelayMs);
    connect(&m_typing, &QTimer::timeout, this, &PreviewDock::render);
    connect(m_renderer, &PreviewRenderer::rendered, this, &PreviewDock::showResult);
    m_renderer->setThemeFolder(ThemeFolder::chosen());
    connect(ThemeFolder::Notifier::instance(), &ThemeFolder::Notifier::changed, this,
        [this](const QString &folder) {
            m_renderer->setThemeFolder(folder);
            render();
        });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            render();
    });
}

QWidget *PreviewDock::createToolBar()
{
    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_editions = new QActionGroup(this);
    const QList<std::pair<QString, Language>> editions { { QStringLiteral("繁"), Language::ZhHantHK },
        { QStringLiteral("简"), Language::ZhHans }, { QStringLiteral("EN"), Language::En } };
    for (const auto &[label, language] : editions) {
        QAction *action = bar->addAction(label);
        action->setCheckable(true);
        action->setData(static_cast<int>(language));
        action->setChecked(language == Language::ZhHantHK);
        action->setToolTip(tr("Show the %1 edition").arg(languageTag(language)));
        m_editions->addAction(action);
    }
    bar->addSeparator();
    m_mobile = bar->addAction(tr("Mobile"));
    m_mobile->setCheckable(true);
    m_mobile->setToolTip(tr("Show the page %1 pixels wide, as on a phone").arg(MobileWidth));
    bar->addSeparator();
    m_pages = new QActionGroup(this);
    QAction *article = bar->addAction(tr("Article"));
    QAction *front = bar->addAction(tr("Front Page"));
    article->setData(static_cast<int>(PreviewRequest::Page::Article));
    front->setData(static_cast<int>(PreviewRequest::Page::Front));
    for (QAction *action : { article, front }) {
        action->setCheckable(true);
        m_pages->addAction(action);
    }
    article->setChecked(true);
    connect(m_editions, &QActionGroup::triggered, this, &PreviewDock::render);
    connect(m_pages, &QActionGroup::triggered, this, &PreviewDock::render);
    connect(m_mobile, &QAction::toggled, this, &PreviewDock::applyWidth);
    return bar;
}

// Chinese articles show in 繁 and 简, English ones in EN; the other side is the translation
// partner's page when there is one. Without one there is nothing true to show: saying so
// beats showing the Chinese page under an "EN" button.
QString PreviewDock::missingEdition(const Article &article, Language edition) const
{
    const bool chinese = article.language != Language::En;
    if (chinese == (edition != Language::En))
        return {};
    if (!article.translationGroup.isEmpty()) {
        ArticleFilter filter;
        filter.translationGroup = article.translationGroup;
        for (const ArticleSummary &other :
            ArticleStore(m_database).list(filter).value_or(QList<ArticleSummary>())) {
            if (other.id != article.id && (other.language != Language::En) != chinese)
                return {};
        }
    }
    return chinese ? tr("“%1” has no English version yet. Translation ▸ Create English Translation Draft "
                        "starts one.")
                         .arg(article.headline)
                   : tr("“%1” has no Chinese version yet. Translation ▸ Create Chinese Translation Draft "
                        "starts one.")
                         .arg(article.headline);
}

void PreviewDock::setDatabase(DatabasePtr database)
{
    if (m_database)
        disconnect(m_database.get(), nullptr, this, nullptr);
    m_database = std::move(database);
    m_renderer->setDatabase(m_database);
    if (m_database) {
        for (auto signal :
            { &Database::promosChanged, &Database::categoriesChanged, &Database::portalChanged })
            connect(m_database.get(), signal, this, [this] {
                m_renderer->invalidate();
                scheduleRender();
            });
        connect(m_database.get(), &Database::articlesChanged, this, [this] {
            m_renderer->invalidate();
            scheduleRender();
        });
    }
    render();
}

void PreviewDock::setDocument(ArticleDocument *document)
{
    disconnect(m_documentChanged);
    m_document = document;
    if (document) {
        m_documentChanged = connect(document, &ArticleDocument::changed, this, &PreviewDock::scheduleRender);
        const Language language = document->article().language;
        for (QAction *action : m_editions->actions())
            action->setChecked(action->data().toInt() == static_cast<int>(language));
    }
    render();
}

void PreviewDock::setListArticle(const QString &id)
{
    if (id == m_listArticle)
        return;
    m_listArticle = id;
    if (!m_document)
        scheduleRender();
}

void PreviewDock::ensureView()
{
    if (m_view)
        return;
    m_view = new QWebEngineView;
    m_page = new PreviewPage(m_view);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    auto *row = static_cast<QHBoxLayout *>(m_viewBox->layout());
    row->addStretch(0);
    row->addWidget(m_view, 1);
    row->addStretch(0);
    applyWidth();
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (ok && !m_scroll.isNull())
            m_page->runJavaScript(
                QStringLiteral("window.scrollTo(%1, %2);").arg(m_scroll.x()).arg(m_scroll.y()),
                QWebEngineScript::ApplicationWorld);
    });
    connect(m_page, &PreviewPage::portalLinkClicked, this, [this] {
        m_message->setText(
            tr("Links between portal pages work in the exported site; the preview stays on this page."));
    });
}

void PreviewDock::applyWidth()
{
    if (!m_view)
        return;
    if (m_mobile->isChecked())
        m_view->setFixedWidth(MobileWidth);
    else {
        m_view->setMinimumWidth(0);
        m_view->setMaximumWidth(QWIDGETSIZE_MAX);
    }
}

void PreviewDock::scheduleRender()
{
    if (isVisible())
        m_typing.start();
}

void PreviewDock::render()
{
    m_typing.stop();
    if (!isVisible())
        return;
    if (!m_database) {
        m_message->setText(tr("Open a database to preview its pages."));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    PreviewRequest request;
    request.edition = static_cast<Language>(m_editions->checkedAction()->data().toInt());
    request.page = static_cast<PreviewRequest::Page>(m_pages->checkedAction()->data().toInt());
    if (request.page == PreviewRequest::Page::Article) {
        std::optional<Article> shown;
        if (m_document)
            shown = m_document->article();
        else if (!m_listArticle.isEmpty()) // the list is in front: its chosen article, as stored
            shown = ArticleStore(m_database).get(m_listArticle).value_or(Article());
        if (!shown || shown->id.isEmpty()) {
            request.page = PreviewRequest::Page::Front; // no article: the edition's front page
        } else if (const QString missing = missingEdition(*shown, request.edition); !missing.isEmpty()) {
            m_message->setText(missing);
            m_stack->setCurrentWidget(m_message);
            m_requestedArticle.clear();
            return;
        } else {
            request.article = *shown;
        }
    }
    m_requestedArticle = request.page == PreviewRequest::Page::Article ? request.article.id : QString();
    m_renderer->request(request);
}

void PreviewDock::showResult(const PreviewResult &result)
{
    if (!result.error.isEmpty()) {
        m_message->setText(tr("The preview cannot be shown: %1").arg(result.error));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    ensureView();
    m_stack->setCurrentWidget(m_viewBox);
    const QString key = QString::number(int(result.request.page)) + u'/'
        + QString::number(int(result.request.edition)) + u'/' + result.request.article.id;
    m_scroll = key == m_shownKey ? m_page->scrollPosition() : QPointF();
    m_shownKey = key;
    m_page->expectLoad();
    const QByteArray utf8 = result.html.toUtf8();
    if (fitsSetHtml(utf8)) {
        m_page->setHtml(result.html, result.baseUrl);
        return;
    }
    // Too large for setHtml(): from a file beside the page's photos, which its links expect.
    QFile file(result.baseUrl.toLocalFile());
    QDir().mkpath(QFileInfo(file).absolutePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size() || !file.flush()) {
        m_message->setText(tr("The preview cannot be shown: cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    file.close();
    m_page->load(result.baseUrl);
}

} // namespace PortalDesk::Ui
