#include "rendertesting.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <catch2/catch.hpp>

namespace PortalDesk::Testing {

Article liveArticle(const QString &id, Language language, const QString &headline)
{
    Article article;
    article.id = id;
    article.language = language;
    article.section = QStringLiteral("finance");
    article.headline = headline;
    article.body = QStringLiteral("First paragraph.");
    article.status = ArticleStatus::Published;
    article.publishAt = QDateTime(QDate(2024, 11, 11), QTime(12, 47), QTimeZone::utc());
    article.updatedAt = article.publishAt;
    article.version = 1;
    return article;
}

PortalSnapshot samplePortal()
{
    PortalSnapshot snapshot;
    snapshot.moment = QDateTime(QDate(2024, 11, 20), QTime(0, 0), QTimeZone::utc());
    snapshot.portal.name = { { Language::ZhHantHK, QStringLiteral("港融財經網") },
        { Language::En, QStringLiteral("HK Finance Desk") } };
    snapshot.portal.baseUrl = QStringLiteral("https://demo.example/news/");
    snapshot.sections = { { QStringLiteral("finance"),
                              { { Language::ZhHantHK, QStringLiteral("財經新聞") },
                                  { Language::En, QStringLiteral("Finance") } },
                              1 },
        { QStringLiteral("opinion"),
            { { Language::ZhHantHK, QStringLiteral("評論") }, { Language::En, QStringLiteral("Opinion") } },
            2 } };
    snapshot.columns = { { QStringLiteral("currency-playbook"),
        { { Language::ZhHantHK, QStringLiteral("貨幣攻略") },
            { Language::En, QStringLiteral("Currency Playbook") } },
        1 } };

    Article hant
        = liveArticle(QStringLiteral("a-hair"), Language::ZhHantHK, QStringLiteral("頭髮護理業務發展迅速"));
    hant.translationGroup = QStringLiteral("story-hair");
    hant.body = QStringLiteral("「頭髮」產業的發展，見 [報告](https://example.com/report)。");
    hant.columns = { QStringLiteral("currency-playbook") };
    hant.kicker = QStringLiteral("市場");
    Article en = liveArticle(
        QStringLiteral("a-hair-en"), Language::En, QStringLiteral("Hair care business grows fast"));
    en.translationGroup = QStringLiteral("story-hair");
    en.publishAt = en.publishAt.addSecs(-60);
    snapshot.articles = { hant, en };
    snapshot.reindex();

    Promo feature;
    feature.id = QStringLiteral("p-art");
    feature.slot = QStringLiteral("sidebar.feature");
    feature.kicker = QStringLiteral("與拍賣官看藝術");
    feature.text = QStringLiteral("畢加索的市場潛能有多強？");
    feature.callToAction = QStringLiteral("► 即睇");
    feature.link = QStringLiteral("article:a-hair");
    Promo english = feature;
    english.id = QStringLiteral("p-en");
    english.language = Language::En;
    english.kicker = QStringLiteral("Art");
    english.text = QStringLiteral("Picasso's market");
    english.link = QStringLiteral("https://example.com/art");
    snapshot.promos = { feature, english };
    return snapshot;
}

std::shared_ptr<const Theme> defaultTheme()
{
    auto theme = Theme::load(Theme::defaultFolder());
    REQUIRE(theme.has_value());
    return std::make_shared<const Theme>(std::move(*theme));
}

PortalRenderer rendererFor(const PortalSnapshot &snapshot)
{
    return PortalRenderer(std::make_shared<const PortalSnapshot>(snapshot), defaultTheme());
}

QString unsafeParts(const QString &html)
{
    QStringList found;
    static const QRegularExpression script(
        QStringLiteral("<\\s*script"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][^>]*>"));
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|'[^']*'"));
    static const QRegularExpression handler(
        QStringLiteral("\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression link(
        QStringLiteral("(?:href|src|action|formaction|srcset)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
        QRegularExpression::CaseInsensitiveOption);
    // A JSON-LD block is data the browser never runs; one whose text could hold markup is not.
    static const QRegularExpression dataBlock(
        QStringLiteral("<script type=\"application/ld\\+json\">[^<]*</script>"));
    if (script.match(QString(html).remove(dataBlock)).hasMatch())
        found << QStringLiteral("script element");
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString element = it.next().captured(0);
        if (handler.match(QString(element).replace(quoted, QStringLiteral("\"\""))).hasMatch())
            found << QStringLiteral("event handler: ") + element;
    }
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value
            = QString(match.captured(1) + match.captured(2) + match.captured(3)).trimmed().toLower();
        for (const char *scheme : { "javascript:", "vbscript:", "data:" }) {
            if (value.startsWith(QLatin1String(scheme)))
                found << QStringLiteral("dangerous link: ") + value;
        }
    }
    return found.join(u'\n');
}

} // namespace PortalDesk::Testing
