// Verbs over translation pairs (issue 15): pair, unpair, mark-up-to-date; the list
// verb shows the pair marks.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "core/store/articlestore.h"
#include "core/store/translationpairs.h"

#include <QCommandLineParser>

namespace PortalDesk::Cli {

namespace {

// "港股半日升200點 (zh-Hant-HK)": how an article is named in what a pair verb prints.
QString named(const DatabasePtr &database, const QString &id)
{
    auto article = ArticleStore(database).get(id);
    if (!article)
        return id;
    return QStringLiteral("%1 “%2” (%3)").arg(id, article->headline, languageTag(article->language));
}

int pairVerb(const QStringList &arguments, const QString &verb)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    int wanted = 1;
    QString about;
    if (verb == u"pair") {
        parser.addPositionalArgument(
            QStringLiteral("ORIGINAL"), QStringLiteral("The article translated from."));
        parser.addPositionalArgument(QStringLiteral("TRANSLATION"),
            QStringLiteral("Its version in another language, up to date with it as it is now."));
        about = QStringLiteral("Link two articles as a story's original and its translation.");
        wanted = 2;
    } else if (verb == u"unpair") {
        parser.addPositionalArgument(
            QStringLiteral("ID"), QStringLiteral("The article to take out of its pair."));
        about = QStringLiteral("Take an article out of its translation pair.");
    } else {
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The translation."));
        about = QStringLiteral("Record that a translation has caught up with its original as it is now.");
    }
    int exitCode = Ok;
    if (!parse(parser, arguments, about, exitCode))
        return exitCode;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() != wanted)
        return fail(Error::of(Error::Code::Invalid,
            wanted == 2 ? QStringLiteral("give the id of the original and of its translation")
                        : QStringLiteral("give the id of one article")));
    auto database = openDatabase(parser, false);
    if (!database)
        return fail(database.error());
    TranslationPairs pairs(*database);
    if (verb == u"pair") {
        if (auto linked = pairs.link(ids.at(0), ids.at(1)); !linked)
            return fail(linked.error());
        printOut(QStringLiteral("%1 is now the translation of %2\n")
                     .arg(named(*database, ids.at(1)), named(*database, ids.at(0))));
    } else if (verb == u"unpair") {
        if (auto unlinked = pairs.unlink(ids.at(0)); !unlinked)
            return fail(unlinked.error());
        printOut(QStringLiteral("%1 has no translation partner now\n").arg(named(*database, ids.at(0))));
    } else {
        if (auto synced = pairs.markUpToDate(ids.at(0)); !synced)
            return fail(synced.error());
        printOut(QStringLiteral("%1 is up to date with its original\n").arg(named(*database, ids.at(0))));
    }
    return Ok;
}

} // namespace

QList<Command> pairCommands()
{
    return {
        { QStringLiteral("pair"), QStringLiteral("Link an original and its translation"),
            [](const QStringList &arguments) { return pairVerb(arguments, QStringLiteral("pair")); } },
        { QStringLiteral("unpair"), QStringLiteral("Take an article out of its translation pair"),
            [](const QStringList &arguments) { return pairVerb(arguments, QStringLiteral("unpair")); } },
        { QStringLiteral("mark-up-to-date"), QStringLiteral("A translation has caught up with its original"),
            [](const QStringList &arguments) {
                return pairVerb(arguments, QStringLiteral("mark-up-to-date"));
            } },
    };
}

} // namespace PortalDesk::Cli
