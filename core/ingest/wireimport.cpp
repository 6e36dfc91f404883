#include "core/ingest/wireimport.h"

#include "core/store/editlocks.h"
#include "core/store/newsroom.h"
#include "core/text/lint.h"
#include "core/text/scriptconverter.h"

#include <QCoreApplication>
#include <algorithm>

namespace PortalDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Ingest", text);
}

Status convertInPlace(QString &text)
{
    if (text.isEmpty())
        return {};
    Result<QString> converted = ScriptConverter::toTraditional(text);
    if (!converted)
        return std::unexpected(converted.error());
    text = std::move(*converted);
    return {};
}

// The story's text and where it came from, for a new article and an updated one alike.
void fillText(Article &article, const WireDraft &draft)
{
    article.language = draft.language;
    article.headline = draft.headline;
    article.source = draft.source;
    article.byline = draft.byline;
    article.standfirst = draft.standfirst;
    article.dateline = draft.dateline.place;
    article.body = draft.body;
}

// The fields a wire draft fills; everything else is left as it is.
void fill(Article &article, const WireDraft &draft)
{
    fillText(article, draft);
    article.originalLink = draft.originalLink;
    article.credit = draft.credit;
    article.notes = draft.notes;
    article.photos.clear();
    for (const QString &caption : draft.captions)
        article.photos.append(Photo { {}, caption, {}, {} });
    // The wire's own time says when the source put the story out; when it goes live here
    // is the desk's decision (Publish or Schedule), so it never becomes the publish time.
    article.wireTime = draft.publishedAt.isValid() ? draft.publishedAt.toUTC() : QDateTime();
}

// The wire's text fields over an article that already exists; see WireImport::update().
void refresh(Article &article, const WireDraft &draft)
{
    fillText(article, draft);
    // The desk's own notes stay; the release's boilerplate joins them unless already there.
    if (!draft.notes.isEmpty() && !article.notes.contains(draft.notes))
        article.notes
            = article.notes.isEmpty() ? draft.notes : article.notes + QStringLiteral("\n\n") + draft.notes;
    if (!draft.originalLink.isEmpty())
        article.originalLink = draft.originalLink;
    if (!draft.credit.isEmpty())
        article.credit = draft.credit;
    if (draft.publishedAt.isValid())
        article.wireTime = draft.publishedAt.toUTC();
    if (article.status != ArticleStatus::Draft && article.status != ArticleStatus::InReview)
        return; // a scheduled or published article cannot wait for pictures
    for (const QString &caption : draft.captions) {
        const bool known = std::any_of(article.photos.cbegin(), article.photos.cend(),
            [&](const Photo &photo) { return photo.caption == caption; });
        if (!known)
            article.photos.append(Photo { {}, caption, {}, {} });
    }
}

} // namespace

WireImportOptions WireImportOptions::forPortal(const Portal &portal)
{
    WireImportOptions options;
    options.convertToTraditional = portal.defaultEdition == Language::ZhHantHK;
    return options;
}

Result<WireDraft> WireImport::adapt(const WireDraft &draft, const WireImportOptions &options)
{
    WireDraft out = draft;
    if (options.convertToTraditional && draft.language == Language::ZhHans) {
        for (QString *text : { &out.headline, &out.standfirst, &out.body, &out.notes, &out.byline,
                 &out.credit, &out.dateline.place }) {
            if (Status converted = convertInPlace(*text); !converted)
                return std::unexpected(converted.error());
        }
        for (QString &caption : out.captions) {
            if (Status converted = convertInPlace(caption); !converted)
                return std::unexpected(converted.error());
        }
        out.language = Language::ZhHantHK;
        out.source = WireParser::sourceName(out.agency, out.language);
    }
    if (options.fixTypography) {
        LintOptions lint;
        lint.language = out.language;
        out.headline = Lint::fix(out.headline, lint);
        out.standfirst = Lint::fix(out.standfirst, lint);
        out.body = Lint::fix(out.body, lint);
        for (QString &caption : out.captions)
            caption = Lint::fix(caption, lint);
    }
    return out;
}

Article WireImport::toArticle(const WireDraft &draft)
{
    Article article;
    article.status = ArticleStatus::Draft;
    fill(article, draft);
    return article;
}

Result<Article> WireImport::create(
    ArticleStore &store, const WireDraft &draft, const WireImportOptions &options)
{
    const Result<WireDraft> adapted = adapt(draft, options);
    if (!adapted)
        return std::unexpected(adapted.error());
    return create(store, draft, *adapted, options);
}

Result<Article> WireImport::create(
    ArticleStore &store, const WireDraft &draft, const WireDraft &adapted, const WireImportOptions &options)
{
    SaveResult created = store.create(toArticle(draft), tr("imported from wire copy"));
    if (!created)
        return std::unexpected(created.error().error);

    Article edited = *created;
    fill(edited, adapted);
    if (edited == *created)
        return std::move(*created);

    QStringList changes;
    if (adapted.language != draft.language)
        changes.append(tr("converted to Traditional Chinese (zh-Hant-HK)"));
    if (options.fixTypography)
        changes.append(tr("typography fixed"));
    SaveResult saved = store.save(edited, changes.join(QStringLiteral("; ")));
    if (!saved)
        return std::unexpected(saved.error().error);
    return std::move(*saved);
}

Result<Article> WireImport::update(const DatabasePtr &database, const QString &articleId,
    const WireDraft &draft, const WireImportOptions &options)
{
    const Result<WireDraft> adapted = adapt(draft, options);
    if (!adapted)
        return std::unexpected(adapted.error());
    ArticleStore store(database);
    Result<Article> existing = store.get(articleId);
    if (!existing)
        return std::unexpected(existing.error());
    const auto refused = [&](Error::Code code, const QString &why) {
        return fail(code, tr("“%1” was not updated: %2").arg(existing->headline, why));
    };
    const Result<Rights> rights = Newsroom(database).rights();
    if (!rights)
        return std::unexpected(rights.error());
    if (const QString refusal = rights->mayEdit(*existing); !refusal.isEmpty())
        return refused(Error::Code::Denied, refusal);

    // Held for the save, so nobody opens it to edit halfway; kept if this client held it.
    EditLocks locks(database);
    const Result<std::optional<EditLock>> holder = locks.holder(articleId);
    if (!holder)
        return std::unexpected(holder.error());
    const bool heldAlready = *holder && (*holder)->mine;
    if (const Result<EditLock> taken = locks.take(articleId); !taken)
        return refused(taken.error().code, taken.error().message);

    Article edited = *existing;
    refresh(edited, *adapted);
    Result<Article> result = *existing;
    if (edited != *existing) {
        QStringList changes { tr("updated from wire copy") };
        if (adapted->language != draft.language)
            changes.append(tr("converted to Traditional Chinese (zh-Hant-HK)"));
        if (options.fixTypography)
            changes.append(tr("typography fixed"));
        SaveResult saved = store.save(edited, changes.join(QStringLiteral("; ")));
        if (saved)
            result = std::move(*saved);
        else
            result = refused(saved.error().error.code, saved.error().error.message);
    }
    if (!heldAlready)
        (void)locks.release(articleId); // a lock left behind ends with this session anyway
    return result;
}

} // namespace PortalDesk
