#pragma once

// The live preview: the open article as typed, rendered by core exactly as
// the export will render it, in 繁 / 简 / EN, at desktop or mobile width, or
// the edition's front page. Renders off the GUI thread (PreviewRenderer) and
// keeps the scroll position across updates. The web view is created the
// first time the dock is shown, so windows that never preview never start
// Chromium.

#include "core/store/database.h"
#include "ui/preview/previewrenderer.h"

#include <QDockWidget>
#include <QPointF>
#include <QPointer>
#include <QTimer>

class QActionGroup;
class QLabel;
class QStackedWidget;
class QWebEngineView;

namespace PortalDesk::Ui {

class ArticleDocument;
class PreviewPage;

class PreviewDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int TypingDelayMs = 250;
    static constexpr int MobileWidth = 390;

    explicit PreviewDock(QWidget *parent = nullptr);

    void setDatabase(DatabasePtr database);
    // The article to show; none shows the front page.
    void setDocument(ArticleDocument *document);
    // With no article open in front: the stored article chosen in the list ("" = none).
    void setListArticle(const QString &id);
    // The article whose page was last asked for ("" for a front page or a message).
    QString requestedArticle() const { return m_requestedArticle; }
    // Whether a page of these UTF-8 bytes can go through QWebEnginePage::setHtml(); a larger
    // one is loaded from a file.
    static bool fitsSetHtml(const QByteArray &utf8);

private:
    QWidget *createToolBar();
    void ensureView();
    void scheduleRender();
    void render();
    void showResult(const PreviewResult &result);
    void applyWidth();
    // Why `article` has no page in `edition` (no translation partner there), or "".
    QString missingEdition(const Article &article, Language edition) const;

    PreviewRenderer *m_renderer;
    QPointer<ArticleDocument> m_document;
    QString m_listArticle; // shown while no document is
    QString m_requestedArticle;
    QMetaObject::Connection m_documentChanged;
    DatabasePtr m_database;
    QTimer m_typing;
    QActionGroup *m_editions = nullptr;
    QActionGroup *m_pages = nullptr;
    QAction *m_mobile = nullptr;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QWidget *m_viewBox;
    QWebEngineView *m_view = nullptr;
    PreviewPage *m_page = nullptr;
    QString m_shownKey; // which page is showing, to keep its scroll position
    QPointF m_scroll;
};

} // namespace PortalDesk::Ui
