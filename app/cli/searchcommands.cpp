// Verbs over the search index: search, reindex.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/search/articlesearch.h"
#include "core/search/searchindex.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace PortalDesk::Cli {

namespace {

// The snippet with each highlight in [brackets], for reading in a terminal.
QString marked(const SearchHit &hit)
{
    QString text;
    qsizetype at = 0;
    for (const Highlight &h : hit.highlights) {
        text += QStringView(hit.snippet).sliced(at, h.start - at) + u'['
            + QStringView(hit.snippet).sliced(h.start, h.length) + u']';
        at = h.start + h.length;
    }
    return text + QStringView(hit.snippet).sliced(at);
}

QJsonObject toJson(const SearchHit &hit)
{
    QJsonArray highlights;
    for (const Highlight &h : hit.highlights)
        highlights.append(QJsonObject {
            { QStringLiteral("start"), qint64(h.start) }, { QStringLiteral("length"), qint64(h.length) } });
    return QJsonObject { { QStringLiteral("id"), hit.id },
        { QStringLiteral("kind"),
            hit.kind == SearchKind::Promo ? QStringLiteral("promo") : QStringLiteral("article") },
        { QStringLiteral("headline"), hit.headline }, { QStringLiteral("snippet"), hit.snippet },
        { QStringLiteral("highlights"), highlights }, { QStringLiteral("score"), hit.score } };
}

// `search -Picasso` means leave Picasso out, not options P, i, c…: search's options all
// have long names (but -h and -?), so a word after one dash joins the query as if after --.
QStringList withExclusions(const QStringList &arguments)
{
    QStringList options;
    QStringList exclusions;
    bool query = false;
    for (const QString &argument : arguments) {
        if (argument == u"--")
            query = true;
        const bool exclusion = !query && argument.size() >= 2 && argument.startsWith(u'-')
            && argument.at(1) != u'-' && argument != u"-h" && argument != u"-?";
        (exclusion ? exclusions : options).append(argument);
    }
    if (!exclusions.isEmpty() && !query)
        options.append(QStringLiteral("--"));
    return options + exclusions;
}

Result<QDateTime> dayOption(const QCommandLineParser &parser, const QCommandLineOption &option, bool endOfDay)
{
    if (!parser.isSet(option))
        return QDateTime();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid())
        return std::unexpected(Error::invalid(u"--" + option.names().constFirst(),
            QStringLiteral("“%1” is not a date like 2024-11-11").arg(parser.value(option))));
    return QDateTime(day, endOfDay ? QTime(23, 59, 59, 999) : QTime(0, 0), QTimeZone::utc());
}

int search(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral("Print a JSON array; highlight offsets count UTF-16 units of the snippet."));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N hits (default 20)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption section(
        QStringLiteral("section"), QStringLiteral("Only articles in this section."), QStringLiteral("S"));
    const QCommandLineOption language(QStringLiteral("language"),
        QStringLiteral("Only this language: zh-Hant-HK, zh-Hans, en."), QStringLiteral("L"));
    const QCommandLineOption status(QStringLiteral("status"),
        QStringLiteral("Only articles with this status: draft, in_review, scheduled, published, archived."),
        QStringLiteral("S"));
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("Published (or changed) on or after this day."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("Published (or changed) on or before this day."), QStringLiteral("DATE"));
    parser.addOptions({ json, limit, section, language, status, from, to });
    parser.addPositionalArgument(QStringLiteral("QUERY"),
        QStringLiteral(
            "Words to find (all of them): 发展 finds 發展, econom* is a prefix, \"a phrase\", -word "
            "leaves out (alone: everything else, newest first)."));
    int exitCode = Ok;
    if (!parse(parser, withExclusions(arguments),
            QStringLiteral("Search articles and promos, best match first."), exitCode))
        return exitCode;

    SearchRequest request;
    request.text = parser.positionalArguments().join(u' ');
    bool ok = false;
    request.limit = parser.value(limit).toInt(&ok);
    if (!ok || request.limit < 1)
        return fail(Error::invalid(QStringLiteral("--limit"),
            QStringLiteral("“%1” is not a positive number").arg(parser.value(limit))));
    request.section = parser.value(section);
    if (parser.isSet(language)) {
        request.language = languageFromTag(parser.value(language));
        if (!request.language)
            return fail(Error::invalid(QStringLiteral("--language"),
                QStringLiteral("“%1” is not one of zh-Hant-HK, zh-Hans, en").arg(parser.value(language))));
    }
    if (parser.isSet(status)) {
        request.status = statusFromKey(parser.value(status));
        if (!request.status)
            return fail(Error::invalid(QStringLiteral("--status"),
                QStringLiteral("“%1” is not one of draft, in_review, scheduled, published, archived")
                    .arg(parser.value(status))));
    }
    auto fromDay = dayOption(parser, from, false);
    auto toDay = dayOption(parser, to, true);
    if (!fromDay || !toDay)
        return fail(!fromDay ? fromDay.error() : toDay.error());
    request.from = *fromDay;
    request.to = *toDay;

    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    auto hits = ArticleSearch(*database).search(request);
    if (!hits)
        return fail(hits.error());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(*hits))
            array.append(toJson(hit));
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const SearchHit &hit : std::as_const(*hits)) {
        printOut(QStringLiteral("%1  %2  %3%4\n    %5\n")
                     .arg(hit.id, -24)
                     .arg(hit.score, 6, 'f', 2)
                     .arg(hit.kind == SearchKind::Promo ? QStringLiteral("(promo) ") : QString())
                     .arg(hit.headline, marked(hit)));
    }
    return Ok;
}

int reindex(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int exitCode = Ok;
    if (!parse(parser, arguments, QStringLiteral("Rebuild the search index from scratch."), exitCode))
        return exitCode;
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    QElapsedTimer timer;
    timer.start();
    auto count = SearchIndex(*database).rebuild();
    if (!count)
        return fail(count.error());
    printOut(QStringLiteral("indexed %1 articles and promos in %2 ms\n").arg(*count).arg(timer.elapsed()));
    return Ok;
}

} // namespace

QList<Command> searchCommands()
{
    return {
        { QStringLiteral("search"), QStringLiteral("Search articles and promos (--json, --limit, filters)"),
            search },
        { QStringLiteral("reindex"), QStringLiteral("Rebuild the search index"), reindex },
    };
}

} // namespace PortalDesk::Cli
