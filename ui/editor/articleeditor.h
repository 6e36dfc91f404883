#pragma once

// The editor tab of one article: the workflow bar (status, Submit for review,
// Schedule…, Publish, Unpublish, Archive, translation, history, Revert, Save),
// the fields, the Markdown body (and, for zh-Hant-HK, the Simplified edition's
// own body), the photos and the typography lint panel.
// Owns the ArticleDocument; saving goes through it, and a conflict is put to
// the editor (the decision can be injected, so tests need no modal dialog).

#include "core/backgroundjob.h"
#include "core/publish/publishcheck.h"
#include "core/store/articlestore.h"
#include "core/store/newsroom.h"
#include "core/text/textstats.h"
#include "ui/editor/conflictdialog.h"
#include "ui/editor/lintpanel.h"

#include <QTimeZone>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace PortalDesk::Ui {

class ArticleDocument;
class ArticleForm;
class BodyEditor;
class EditLockBar;
class PartnerView;
class TranslationBar;
class PhotoList;
class SimplifiedBody;

class ArticleEditor : public QWidget
{
    Q_OBJECT

public:
    // Asked only when both sides changed the same thing; `base` is the version both started from.
    using ConflictResolver = std::function<ConflictDecision(
        const ArticleMerge &merge, const Article &base, const QString &message)>;

    static constexpr int RecheckDelayMs = 300;

    // Takes ownership of `document`.
    explicit ArticleEditor(ArticleDocument *document, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    ArticleDocument *document() const { return m_document; }
    ArticleForm *form() const { return m_form; }
    BodyEditor *bodyEditor() const { return m_body; }
    LintPanel *lintPanel() const { return m_lint; }
    PhotoList *photoList() const { return m_photos; }
    SimplifiedBody *simplifiedBody() const { return m_simplified; }
    QTabWidget *bodyTabs() const { return m_bodyTabs; }
    QTimeZone zone() const { return m_zone; }
    EditLockBar *lockBar() const { return m_lockBar; }
    // Read-only while a colleague holds the article's edit lock (see EditLockBar).
    bool isReadOnly() const { return m_readOnly; }

    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    // Answers in place of the dialogs before a move (tests): `checks` is the checklist for
    // Publish and Schedule, empty for the others. True to go on.
    using MoveConfirmer = std::function<bool(ArticleStatus target, const QList<PublishCheck> &checks)>;
    void setMoveConfirmer(MoveConfirmer confirmer) { m_moveConfirmer = std::move(confirmer); }
    // What Publish (or Schedule at `goLiveAt`) would check now.
    PublishCheckInput publishCheckInput(ArticleStatus target, const QDateTime &goLiveAt) const;

    // Saves; on a conflict asks the resolver. True when the article is saved.
    bool save();
    // Asks, then goes back to the stored text.
    void revert();
    void showHistory();
    void showFind(bool withReplace);
    // Converts the body's selection, or the whole body when nothing is selected.
    bool convert(bool toSimplified);
    void fixFinding(const ArticleFinding &finding);
    // Lint ▸ Attach as Photo: the picture from another site an image.offsite finding marks is
    // fetched on a background job, added to the photos (its description as caption and alt
    // text, its site as credit) and taken out of the body. Says how it went in message().
    void attachOffsiteImage(const ArticleFinding &finding);
    bool isFetchingPicture() const;
    void fixAll();
    // Adds a photo from a file: bytes to the MediaStore, the photo to the article.
    bool addPhoto(const QString &imageFile, const Photo &description);
    void changeStatus(ArticleStatus status, const QDateTime &publishAt = {});

    // Translation pairs (ui/editor/articletranslation.cpp). Opens a new draft in the other
    // language (zh ⇄ en) in this article's pair, when the pair has none in that language.
    void createTranslation();
    // Saves, then pairs this article with one chosen in LinkTranslationDialog.
    void linkTranslation();
    // Takes the article out of its pair; asks first unless `ask` is false.
    void unlinkTranslation(bool ask = true);
    // The partner beside the body, read-only and scrolled with it (the original for a
    // translation); false hides it. Says so when there is no partner.
    void showPartner(bool shown);
    void showOriginalChanges();
    QMenu *translationMenu() const;
    void fillTranslationMenu();
    TranslationBar *translationBar() const { return m_translationBar; }
    PartnerView *partnerView() const { return m_partnerView; }

    void recheckNow(); // lint and counts, without waiting for typing to stop
    const TextCounts &counts() const { return m_counts; }
    QString countsText() const;
    QString lintText() const;
    QString saveStateText() const;
    QString tabTitle() const;

signals:
    void statusChanged(); // counts, lint, save state or title
    void message(const QString &text);
    void openArticleRequested(const QString &id);
    void openDraftRequested(const PortalDesk::Article &draft);

private:
    QWidget *createWorkflowBar();
    QWidget *createSidePanel();
    void updateWorkflow();
    void updateBodyTabs();
    void schedule();
    bool confirmMove(ArticleStatus target, const QDateTime &goLiveAt);
    QList<ArticleSummary> partners() const; // the other articles of its pair
    bool resolveConflict(const QString &reason, int attempt);
    void reportSaveError(const Error &error);
    LintOptions lintOptions() const;
    void setReadOnly(bool readOnly);

    ArticleDocument *m_document;
    MoveConfirmer m_moveConfirmer;
    QTimeZone m_zone;
    ArticleForm *m_form;
    BodyEditor *m_body;
    LintPanel *m_lint;
    PhotoList *m_photos;
    BackgroundJob *m_pictureFetch;
    SimplifiedBody *m_simplified;
    QTabWidget *m_bodyTabs;
    QLabel *m_status = nullptr;
    QList<QPushButton *> m_workflowButtons;
    QToolButton *m_translation = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QTimer m_recheck;
    TextCounts m_counts;
    bool m_showProblems = false;
    ConflictResolver m_resolver;
    Rights m_rights; // what this person's role may do (everything on SQLite)
    EditLockBar *m_lockBar;
    TranslationBar *m_translationBar;
    PartnerView *m_partnerView;
    QSplitter *m_pairSplit; // the partner (when shown) beside everything else
    QScrollArea *m_editingArea; // everything else; scrolls sideways only beside the partner
    QWidget *m_editing; // the fields, body and side panel, read-only while locked
    bool m_readOnly = false;
};

} // namespace PortalDesk::Ui
