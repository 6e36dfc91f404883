// listing_bench: how long the article list takes to fetch a page of 200 rows in each
// order it can be sorted by, at the top and deep down (rows 50,000–50,199 by default),
// seeking from the row before (ArticleStore::page, what the list does) and, beside
// it, counting rows with OFFSET. Not a test: it prints numbers and asserts nothing.
//
//   listing_bench --generate N [--schema V] FILE   writes a portal of N generated articles
//   listing_bench [--deep ROW] [--runs R] [--status S] FILE   opens FILE (migrating it) and
//                                                  times, with --status the list filtered by it
//
// A --schema 5 file is the database as PortalDesk had it before the list's indexes
// (schema 6); opening it here times the migration too.

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/migrations.h"
#include "searchcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace PortalDesk;

namespace {

QTextStream out(stdout);

double medianMs(int runs, const std::function<void()> &fetch)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fetch();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int generate(const QString &file, int count, int schema)
{
    QFile::remove(file);
    QList<Migration> steps = Migrations::schema().steps();
    steps = steps.mid(0, std::clamp(schema, 1, int(steps.size())));
    const Migrations migrations(steps);
    Database::Options options;
    options.migrations = &migrations;
    auto database = Database::open(file, options);
    if (!database) {
        out << database.error().text() << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!SearchCorpus::generate(*database, count))
        return 1;
    // Several authors and a section order, as a newsroom's archive has.
    QSqlQuery q(QSqlDatabase::database((*database)->connectionName()));
    q.exec(
        QStringLiteral("UPDATE articles SET updated_by = CASE substr(id, -1) WHEN '1' THEN 'Chan.Tai.Man'"
                       " WHEN '2' THEN 'wong.siu.ming' WHEN '3' THEN 'lee.ka.yan' WHEN '4' THEN 'Cheung.Wing'"
                       " ELSE 'ho.chi.keung' END"));
    q.exec(
        QStringLiteral("UPDATE sections SET position = CASE key WHEN 'finance' THEN 1 WHEN 'property' THEN 2"
                       " WHEN 'tech' THEN 3 ELSE 4 END"));
    if (schema >= 5)
        CategoryStore(*database, CategoryStore::Kind::Sections)
            .reorder({ QStringLiteral("finance"), QStringLiteral("property"), QStringLiteral("tech"),
                QStringLiteral("opinion") });
    out << "generated " << count << " articles at schema " << (*database)->schemaVersion() << " in "
        << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

QString orderName(const ArticleOrder &order)
{
    static const QStringList names { QStringLiteral("updated"), QStringLiteral("headline"),
        QStringLiteral("section"), QStringLiteral("language"), QStringLiteral("status"),
        QStringLiteral("author") };
    return names.at(int(order.key)) + (order.descending ? QStringLiteral(" desc") : QStringLiteral(" asc"));
}

int measure(const QString &file, const ArticleFilter &filter, int deep, int runs)
{
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(file, Database::Options { false, nullptr });
    if (!database) {
        out << database.error().text() << Qt::endl;
        return 1;
    }
    const ArticleStore store(*database);
    out << "opened " << file << " (" << store.count().value_or(-1) << " articles, schema "
        << (*database)->schemaVersion() << ") in " << timer.elapsed() << " ms" << Qt::endl;
    if (filter.status)
        out << "listing the " << store.count(filter).value_or(-1) << " with status "
            << statusKey(*filter.status) << Qt::endl;
    out << "median of " << runs << " runs, ms per page of 200\n"
        << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("order"), -16)
               .arg(QStringLiteral("page 1"), 9)
               .arg(QStringLiteral("row %1").arg(deep), 11)
               .arg(QStringLiteral("OFFSET %1").arg(deep), 13)
               .arg(QStringLiteral("scroll there"), 14);
    constexpr int PageSize = 200;
    for (int key = 0; key <= int(ArticleOrder::Key::UpdatedBy); ++key) {
        for (const bool descending : { true, false }) {
            const ArticleOrder order { ArticleOrder::Key(key), descending };
            const double first
                = medianMs(runs, [&] { (void)store.page(filter, order, std::nullopt, PageSize); });
            // Scrolled down to `deep` a page at a time, as the list does.
            std::optional<ArticleCursor> cursor;
            timer.restart();
            for (int row = 0; row < deep; row += PageSize)
                cursor = store.page(filter, order, cursor, std::min(PageSize, deep - row))->last;
            const qint64 scrolled = timer.elapsed();
            QList<ArticleSummary> seeked;
            const double there
                = medianMs(runs, [&] { seeked = store.page(filter, order, cursor, PageSize)->rows; });
            QList<ArticleSummary> counted;
            const double offset
                = medianMs(runs, [&] { counted = store.list(filter, order, deep, PageSize).value(); });
            const bool same = !seeked.isEmpty() && seeked.constFirst().id == counted.value(0).id
                && seeked.constLast().id == counted.value(counted.size() - 1).id;
            out << QStringLiteral("%1 %2 %3 %4 %5%6\n")
                       .arg(orderName(order), -16)
                       .arg(first, 9, 'f', 2)
                       .arg(there, 11, 'f', 2)
                       .arg(offset, 13, 'f', 2)
                       .arg(scrolled, 14)
                       .arg(same ? QString() : QStringLiteral("  (seek and OFFSET disagree!)"));
            out.flush();
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the article list's pages in every order."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("generate"), QStringLiteral("Write N generated articles to FILE."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("schema"), QStringLiteral("With --generate: stop at this schema."),
        QStringLiteral("V"), QString::number(Migrations::schema().latest()) });
    parser.addOption({ QStringLiteral("deep"), QStringLiteral("The deep page's first row (default 50000)."),
        QStringLiteral("ROW"), QStringLiteral("50000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per timing (default 5)."),
        QStringLiteral("R"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("status"),
        QStringLiteral("List only articles with this status (draft, published, …)."), QStringLiteral("S") });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The SQLite portal file."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString file = parser.positionalArguments().constFirst();
    if (parser.isSet(QStringLiteral("generate")))
        return generate(file, parser.value(QStringLiteral("generate")).toInt(),
            parser.value(QStringLiteral("schema")).toInt());
    ArticleFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = statusFromKey(parser.value(QStringLiteral("status")));
        if (!filter.status)
            parser.showHelp(2);
    }
    return measure(file, filter, std::max(0, parser.value(QStringLiteral("deep")).toInt()),
        std::max(1, parser.value(QStringLiteral("runs")).toInt()));
}
