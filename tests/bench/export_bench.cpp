// Export benchmark helper (run by tests/bench/export-bench.sh, not a test).
//   export_bench generate DIR N   writes DIR/portal.json (portaldesk/1) and the same
//                                 content as a Hugo site in DIR/hugo/
//   export_bench touch DB ID      edits one article's body, as an editor would
// Content is generated from a fixed seed so every run measures the same portal.

#include "core/store/articlestore.h"
#include "core/text/scriptconverter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>
#include <cstdio>

using namespace PortalDesk;

namespace {

const char *sectionKeys[] = { "finance", "opinion", "features", "property", "technology" };
const char *sectionZh[] = { "財經新聞", "評論", "專題", "地產", "科技" };
const char *sectionEn[] = { "Finance", "Opinion", "Features", "Property", "Technology" };

const QString zhPhrases[] = {
    QStringLiteral("恒生指數今早高開，科技股領漲，市場憧憬息口見頂。"),
    QStringLiteral("分析員指出，資金回流港股跡象明顯，但外圍因素仍然反覆。"),
    QStringLiteral("發展商加快推盤步伐，新盤首輪銷售反應理想，頭髮護理連鎖店亦擴充業務。"),
    QStringLiteral("港元拆息回落，按揭供款負擔稍為減輕，置業人士入市意欲回升。"),
    QStringLiteral("大灣區互聯互通措施陸續推出，跨境理財通額度使用率上升。"),
    QStringLiteral("零售業界預期聖誕銷情持平，旅客消費模式轉變帶來挑戰。"),
};
const QString enWords[] = {
    QStringLiteral("market"),
    QStringLiteral("investors"),
    QStringLiteral("Hong Kong"),
    QStringLiteral("rates"),
    QStringLiteral("property"),
    QStringLiteral("developers"),
    QStringLiteral("growth"),
    QStringLiteral("the"),
    QStringLiteral("quarter"),
    QStringLiteral("economy"),
    QStringLiteral("analysts"),
    QStringLiteral("said"),
    QStringLiteral("shares"),
    QStringLiteral("rose"),
    QStringLiteral("percent"),
    QStringLiteral("bank"),
};

QString zhBody(QRandomGenerator &random)
{
    QString body;
    while (body.size() < 1000) {
        for (int i = 0; i < 4; ++i)
            body += zhPhrases[random.bounded(6)];
        body += QStringLiteral("\n\n");
    }
    return body;
}

QString enBody(QRandomGenerator &random)
{
    QString body;
    for (int word = 0; word < 600; ++word) {
        body += enWords[random.bounded(16)];
        body += word % 60 == 59 ? QStringLiteral(".\n\n")
            : word % 12 == 11   ? QStringLiteral(". ")
                                : QStringLiteral(" ");
    }
    return body;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

int generate(const QString &dir, int count)
{
    QRandomGenerator random(20241111);
    QJsonArray sections;
    for (int i = 0; i < 5; ++i) {
        sections.append(QJsonObject { { QStringLiteral("key"), QString::fromLatin1(sectionKeys[i]) },
            { QStringLiteral("names"),
                QJsonObject { { QStringLiteral("zh-Hant-HK"), QString::fromUtf8(sectionZh[i]) },
                    { QStringLiteral("en"), QString::fromUtf8(sectionEn[i]) } } },
            { QStringLiteral("position"), i + 1 } });
    }
    QJsonArray articles;
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < count; ++i) {
        const bool chinese = i % 2 == 0;
        const QString id = QStringLiteral("b-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString headline = chinese
            ? QStringLiteral("港股第%1日報：%2").arg(i).arg(zhPhrases[i % 6].left(12))
            : QStringLiteral("Market day %1: %2 %3 %4")
                  .arg(i)
                  .arg(enWords[i % 16], enWords[(i / 16) % 16], enWords[(i / 256) % 16]);
        const QString body = chinese ? zhBody(random) : enBody(random);
        const QDateTime published = start.addSecs(qint64(i) * 2400);
        articles.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("language"), chinese ? QStringLiteral("zh-Hant-HK") : QStringLiteral("en") },
            { QStringLiteral("section"), QString::fromLatin1(sectionKeys[i % 5]) },
            { QStringLiteral("headline"), headline },
            { QStringLiteral("slug"), QStringLiteral("story-%1").arg(i) }, { QStringLiteral("body"), body },
            { QStringLiteral("status"), QStringLiteral("published") },
            { QStringLiteral("publish_at"), published.toString(Qt::ISODate) } });
        // Hugo gets every edition PortalDesk exports, the Simplified one converted here in
        // advance (Hugo cannot convert), so both build the same pages from the same text.
        struct Copy
        {
            const char *folder;
            QString headline;
            QString body;
        };
        QList<Copy> copies;
        if (chinese) {
            copies.append({ "zh-hant", headline, body });
            auto simplifiedHeadline = ScriptConverter::toSimplified(headline);
            auto simplifiedBody = ScriptConverter::toSimplified(body);
            if (!simplifiedHeadline || !simplifiedBody) {
                std::fprintf(stderr, "cannot convert to Simplified: %s\n",
                    qPrintable(
                        (simplifiedHeadline ? simplifiedBody.error() : simplifiedHeadline.error()).message));
                return 2;
            }
            copies.append({ "zh-hans", *simplifiedHeadline, *simplifiedBody });
        } else {
            copies.append({ "en", headline, body });
        }
        for (const Copy &copy : std::as_const(copies)) {
            const QString front = QStringLiteral("---\ntitle: \"%1\"\ndate: %2\nslug: \"story-%3\"\n---\n\n")
                                      .arg(QString(copy.headline).replace(u'"', QStringLiteral("\\\"")),
                                          published.toString(Qt::ISODate))
                                      .arg(i);
            if (!write(QStringLiteral("%1/hugo/content/%2/%3/%4.md")
                           .arg(dir, QString::fromLatin1(copy.folder),
                               QString::fromLatin1(sectionKeys[i % 5]), id),
                    (front + copy.body).toUtf8()))
                return 2;
        }
    }
    // Section titles per edition, as PortalDesk names them.
    for (int i = 0; i < 5; ++i) {
        const QString key = QString::fromLatin1(sectionKeys[i]);
        auto simplified = ScriptConverter::toSimplified(QString::fromUtf8(sectionZh[i]));
        const std::pair<const char *, QString> titles[] = { { "zh-hant", QString::fromUtf8(sectionZh[i]) },
            { "zh-hans", simplified ? *simplified : QString::fromUtf8(sectionZh[i]) },
            { "en", QString::fromUtf8(sectionEn[i]) } };
        for (const auto &[folder, title] : titles) {
            if (!write(QStringLiteral("%1/hugo/content/%2/%3/_index.md")
                           .arg(dir, QString::fromLatin1(folder), key),
                    QStringLiteral("---\ntitle: \"%1\"\n---\n").arg(title).toUtf8()))
                return 2;
        }
    }
    const QJsonObject portal { { QStringLiteral("format"), QStringLiteral("portaldesk/1") },
        { QStringLiteral("portal"),
            QJsonObject { { QStringLiteral("name"),
                              QJsonObject { { QStringLiteral("zh-Hant-HK"), QStringLiteral("基準測試網") },
                                  { QStringLiteral("en"), QStringLiteral("Bench Portal") } } },
                { QStringLiteral("base_url"), QStringLiteral("https://bench.example/") } } },
        { QStringLiteral("sections"), sections }, { QStringLiteral("articles"), articles } };
    if (!write(dir + QStringLiteral("/portal.json"), QJsonDocument(portal).toJson(QJsonDocument::Compact)))
        return 2;

    // A minimal Hugo theme with the same pages in the same three editions: a front page
    // per edition (the latest 20, as PortalDesk's), paginated section lists (20 a page),
    // articles linking their other editions, a feed and a sitemap with alternates.
    const char *config = "baseURL = 'https://bench.example/'\ntitle = 'Bench Portal'\npaginate = 20\n"
                         "disableKinds = ['taxonomy', 'term']\n"
                         "defaultContentLanguage = 'zh-hant'\ndefaultContentLanguageInSubdir = true\n"
                         "[languages.zh-hant]\nlanguageCode = 'zh-Hant-HK'\ncontentDir = 'content/zh-hant'\n"
                         "weight = 1\ntitle = '基準測試網'\n"
                         "[languages.zh-hans]\nlanguageCode = 'zh-Hans'\ncontentDir = 'content/zh-hans'\n"
                         "weight = 2\ntitle = '基准测试网'\n"
                         "[languages.en]\nlanguageCode = 'en'\ncontentDir = 'content/en'\nweight = 3\n"
                         "title = 'Bench Portal'\n";
    const char *baseof
        = "<!DOCTYPE html><html lang=\"{{ .Site.LanguageCode }}\"><head><meta charset=\"utf-8\"><title>{{ "
          ".Title }}</title>"
          "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a href=\"/\">{{ .Site.Title "
          "}}</a><nav>"
          "{{ range .Site.Sections }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end "
          "}}</nav></header>"
          "<main>{{ block \"main\" . }}{{ end }}</main><aside><ol>{{ range first 5 .Site.RegularPages }}"
          "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ol></aside></body></html>";
    const char *single
        = "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "
          "\"2006-01-02 15:04\" }}</time>{{ .Content }}<nav>{{ range .Translations }}<a href=\""
          "{{ .RelPermalink }}\" hreflang=\"{{ .Lang }}\">{{ .Lang }}"
          "</a> {{ end }}</nav></article>{{ end }}";
    const char *front
        = "{{ define \"main\" }}{{ range first 20 .Site.RegularPages }}<article><h2><a "
          "href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2><time>{{ .Date.Format \"2006-01-02\" "
          "}}</time></article>{{ end }}{{ end }}";
    const char *list = "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ range .Paginator.Pages "
                       "}}<article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2>"
                       "<time>{{ .Date.Format \"2006-01-02\" }}</time></article>{{ end }}{{ template "
                       "\"_internal/pagination.html\" . }}{{ end }}";
    bool ok = write(dir + QStringLiteral("/hugo/config.toml"), config)
        && write(dir + QStringLiteral("/hugo/layouts/_default/baseof.html"), baseof)
        && write(dir + QStringLiteral("/hugo/layouts/_default/single.html"), single)
        && write(dir + QStringLiteral("/hugo/layouts/_default/list.html"), list)
        && write(dir + QStringLiteral("/hugo/layouts/index.html"), front)
        && write(dir + QStringLiteral("/hugo/static/style.css"), "body{font-family:sans-serif}");
    return ok ? 0 : 2;
}

int touch(const QString &db, const QString &id)
{
    auto database = Database::open(db);
    if (!database) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(db), qPrintable(database.error().message));
        return 2;
    }
    ArticleStore store(*database);
    auto article = store.get(id);
    if (!article) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(id), qPrintable(article.error().message));
        return 2;
    }
    article->body += QStringLiteral("\n\nUpdated paragraph.");
    const SaveResult saved = store.save(*article);
    if (!saved)
        std::fprintf(stderr, "%s: %s\n", qPrintable(id), qPrintable(saved.error().error.message));
    return saved ? 0 : 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"generate")
        return generate(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"touch")
        return touch(args.at(2), args.at(3));
    std::fprintf(stderr, "usage: export_bench generate DIR N | touch DB ID\n");
    return 2;
}
