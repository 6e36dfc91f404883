// Test helper: saves articles in a loop and prints each id once its save has
// committed, so a test can kill it at any moment and check what survived.

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"

#include <QCoreApplication>
#include <cstdio>

using namespace PortalDesk;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2)
        return 2;
    auto database = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().text()));
        return 2;
    }
    CategoryStore(*database, CategoryStore::Kind::Sections)
        .put({ QStringLiteral("finance"), { { Language::En, QStringLiteral("Finance") } }, 1 });
    ArticleStore store(*database);
    for (int i = 0;; ++i) {
        Article article;
        article.language = Language::En;
        article.section = QStringLiteral("finance");
        article.headline = QStringLiteral("Saved story %1").arg(i);
        article.body = QString(2000, u'x');
        auto saved = store.create(article);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().error.text()));
            return 1;
        }
        // Edit it once more so updates are interrupted too.
        saved->body = QStringLiteral("edited");
        auto again = store.save(*saved);
        if (!again)
            return 1;
        std::printf("%s %d\n", qPrintable(again->id), again->version);
        std::fflush(stdout);
    }
}
