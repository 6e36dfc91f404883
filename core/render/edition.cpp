#include "core/render/edition.h"

#include "core/text/scriptconverter.h"

#include <QCache>
#include <QHash>
#include <QMutex>

namespace PortalDesk {

namespace {

// Converted articles by "id/version/edition": a full export converts each article once.
QMutex cacheMutex;
QCache<QString, Article> &conversionCache()
{
    static QCache<QString, Article> cache(20000);
    return cache;
}

QJsonObject labelsFor(Language language)
{
    struct Words
    {
        const char *key;
        const char *hant;
        const char *hans;
        const char *en;
    };
    static const Words words[] = {
        { "popular", "最新文章", "最新文章", "Latest" }, // the newest stories: PortalDesk counts no reads
        { "columns", "專欄", "专栏", "Columns" },
        { "sections", "分類", "分类", "Sections" },
        { "read_more", "閱讀全文", "阅读全文", "Read more" },
        { "previous", "上一頁", "上一页", "Previous" },
        { "next", "下一頁", "下一页", "Next" },
        { "page", "頁", "页", "Page" },
        { "original_link", "原文連結", "原文链接", "Original link" },
        { "source", "消息來源", "消息来源", "Source" },
        { "photo", "圖片", "图片", "Photo" },
        { "published", "發佈時間", "发布时间", "Published" },
        { "translations", "其他語言版本", "其他语言版本", "Also in" },
        { "latest", "最新消息", "最新消息", "Latest" },
        { "feed", "訂閱", "订阅", "Feed" },
        { "skip", "跳至內容", "跳至内容", "Skip to content" },
        { "featured", "精選推介", "精选推介", "Featured" },
        { "campaign", "推廣", "推广", "Promotions" },
        { "products", "產品與服務", "产品与服务", "Products and services" },
        { "not_found", "找不到這一頁", "找不到这一页", "Page not found" },
        { "not_found_text", "這個網址沒有文章，可能已經移除或者輸入有誤。",
            "这个网址没有文章，可能已经移除或者输入有误。",
            "There is nothing at this address: the page may have been removed, or the address mistyped." },
        { "back_home", "返回首頁", "返回首页", "Back to the front page" },
    };
    QJsonObject labels;
    for (const Words &word : words) {
        const char *text = language == Language::ZhHantHK ? word.hant
            : language == Language::ZhHans                ? word.hans
                                                          : word.en;
        labels.insert(QString::fromLatin1(word.key), QString::fromUtf8(text));
    }
    return labels;
}

} // namespace

Edition::Edition(Language language)
    : m_language(language)
{ }

QString Edition::folder() const
{
    return editionFolder(m_language);
}

QString Edition::label() const
{
    switch (m_language) {
    case Language::ZhHantHK:
        return QStringLiteral("繁");
    case Language::ZhHans:
        return QStringLiteral("简");
    case Language::En:
        return QStringLiteral("EN");
    }
    return {};
}

QJsonObject Edition::labels() const
{
    static const QJsonObject hant = labelsFor(Language::ZhHantHK);
    static const QJsonObject hans = labelsFor(Language::ZhHans);
    static const QJsonObject en = labelsFor(Language::En);
    return m_language == Language::ZhHantHK ? hant : m_language == Language::ZhHans ? hans : en;
}

bool Edition::carries(Language language) const
{
    return isChinese(language) == isChinese(m_language);
}

Result<QString> Edition::text(const QString &text, Language from) const
{
    if (from == m_language || !isChinese(from) || !isChinese(m_language) || text.isEmpty())
        return text;
    // Names, kickers and promo lines recur on every page: remember short ones per thread.
    if (text.size() > 200)
        return ScriptConverter::convert(text, from, m_language);
    thread_local QHash<QString, QString> remembered[2];
    QHash<QString, QString> &cache = remembered[m_language == Language::ZhHans ? 0 : 1];
    if (const auto found = cache.constFind(text); found != cache.cend())
        return *found;
    auto converted = ScriptConverter::convert(text, from, m_language);
    if (converted && cache.size() < 50000)
        cache.insert(text, *converted);
    return converted;
}

QString Edition::name(const LocalizedText &names) const
{
    if (const QString own = names.value(m_language); !own.isEmpty())
        return own;
    if (m_language == Language::ZhHans) {
        if (const QString hant = names.value(Language::ZhHantHK); !hant.isEmpty())
            return text(hant, Language::ZhHantHK).value_or(hant);
    }
    return pick(names, m_language);
}

namespace {

// The fields an edition converts, in the order Edition::texts() lists them.
QList<QString *> convertedFields(Article &article)
{
    QList<QString *> fields { &article.kicker, &article.headline, &article.standfirst, &article.byline,
        &article.source, &article.dateline, &article.body, &article.credit };
    for (Photo &photo : article.photos)
        fields << &photo.caption << &photo.credit << &photo.alt;
    return fields;
}

// The key covers the text itself, so an unsaved preview never gets a stale conversion.
QString cacheKey(const Article &article, const QString &folder)
{
    size_t content = qHashMulti(0, article.kicker, article.headline, article.standfirst, article.byline,
        article.source, article.dateline, article.body, article.credit, article.simplifiedOverride);
    for (const Photo &photo : article.photos)
        content = qHashMulti(content, photo.caption, photo.credit, photo.alt);
    return article.id + u'/' + QString::number(article.version) + u'/' + folder + u'/'
        + QString::number(content, 16);
}

} // namespace

QStringList Edition::texts(const Article &article)
{
    Article copy = article;
    QStringList texts;
    for (const QString *field : convertedFields(copy))
        texts.append(*field);
    return texts;
}

void Edition::remember(const Article &article, const QStringList &texts) const
{
    Article converted = article;
    const QList<QString *> fields = convertedFields(converted);
    if (texts.size() != fields.size() || article.language == m_language || !carries(article.language))
        return; // made for another shape of the article: ignored, it will be converted
    for (qsizetype i = 0; i < fields.size(); ++i)
        *fields.at(i) = texts.at(i);
    if (m_language == Language::ZhHans && !article.simplifiedOverride.isEmpty())
        converted.body = article.simplifiedOverride;
    converted.language = m_language;
    QMutexLocker lock(&cacheMutex);
    conversionCache().insert(cacheKey(article, folder()), new Article(converted));
}

std::optional<Article> Edition::remembered(const Article &article) const
{
    QMutexLocker lock(&cacheMutex);
    if (const Article *cached = conversionCache().object(cacheKey(article, folder())))
        return *cached;
    return std::nullopt;
}

Result<Article> Edition::localise(const Article &article) const
{
    if (article.language == m_language || !carries(article.language))
        return article;
    if (std::optional<Article> cached = remembered(article))
        return *cached;
    Article converted = article;
    converted.language = m_language;
    for (QString *field : convertedFields(converted)) {
        auto done = text(*field, article.language);
        if (!done)
            return std::unexpected(done.error());
        *field = *done;
    }
    if (m_language == Language::ZhHans && !article.simplifiedOverride.isEmpty())
        converted.body = article.simplifiedOverride;
    QMutexLocker lock(&cacheMutex);
    conversionCache().insert(cacheKey(article, folder()), new Article(converted));
    return converted;
}

Result<Promo> Edition::localise(const Promo &promo) const
{
    Promo converted = promo;
    for (QString *field : { &converted.kicker, &converted.text, &converted.callToAction }) {
        auto done = text(*field, promo.language);
        if (!done)
            return std::unexpected(done.error());
        *field = *done;
    }
    // A zh-Hant-HK promo's own 简 texts stand in for the converted ones, field by field.
    if (m_language == Language::ZhHans && promo.language == Language::ZhHantHK) {
        const PromoSimplified &own = promo.simplifiedOverride;
        for (const auto &[field, text] :
            { std::pair { &converted.kicker, &own.kicker }, std::pair { &converted.text, &own.text },
                std::pair { &converted.callToAction, &own.callToAction } }) {
            if (!text->isEmpty())
                *field = *text;
        }
    }
    converted.simplifiedOverride = {};
    converted.language = m_language;
    return converted;
}

} // namespace PortalDesk
