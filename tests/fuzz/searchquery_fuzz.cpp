// libFuzzer target for the search query language (issue 19): whatever is typed into a
// search box, parsed, turned into an FTS5 MATCH expression and run against the real index
// tables (SearchSchema's own statements, in memory). Any input must give an expression
// FTS5 accepts (no syntax reaches it from the user), at most maxClauses terms, and no
// empty term.

#include "core/search/searchquery.h"
#include "core/search/searchschema.h"
#include "fuzzcheck.h"

#include <sqlite3.h>

using namespace PortalDesk;
using PortalDesk::Fuzz::require;

namespace {

// The index's tables with a few rows, created once per process.
sqlite3 *index()
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        require(sqlite3_open(":memory:", &opened) == SQLITE_OK, "an in-memory database opens");
        for (const QString &statement : SearchSchema::migration())
            require(
                sqlite3_exec(opened, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK,
                "the index's tables are made");
        const char *rows = "INSERT INTO search_fts (rowid, h_words, h_grams, b_words, b_grams) VALUES"
                           " (1, 'hang seng econom economy', '恒生 生指', 'interbank rates', '銀行 行同'),"
                           " (2, 'picasso', '畢加 加索', 'art market', '市場 場潛')";
        require(sqlite3_exec(opened, rows, nullptr, nullptr, nullptr) == SQLITE_OK, "the index takes rows");
        return opened;
    }();
    return db;
}

void requireAccepted(const QString &expression)
{
    if (expression.isEmpty())
        return;
    sqlite3_stmt *statement = nullptr;
    require(sqlite3_prepare_v2(
                index(), "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", -1, &statement, nullptr)
            == SQLITE_OK,
        "the search statement prepares");
    const QByteArray utf8 = expression.toUtf8();
    sqlite3_bind_text(statement, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    int step = SQLITE_ROW;
    while (step == SQLITE_ROW)
        step = sqlite3_step(statement);
    if (step != SQLITE_DONE)
        std::fprintf(stderr, "fuzz: FTS5 refused %s: %s\n", utf8.constData(), sqlite3_errmsg(index()));
    sqlite3_finalize(statement);
    require(step == SQLITE_DONE, "FTS5 accepts every match expression");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QString typed = Fuzz::textOf(data + 1, size - 1);
    const ParsedQuery query = SearchQuery::parse(typed, (data[0] & 1) != 0);
    require(
        query.required.size() + query.excluded.size() <= SearchQuery::maxClauses, "at most maxClauses terms");
    for (const auto *clauses : { &query.required, &query.excluded }) {
        for (const QueryClause &clause : *clauses) {
            require(!clause.parts.isEmpty(), "a term has something to match");
            for (const QueryPart &part : clause.parts) {
                require(part.isCjk() != !part.words.isEmpty(), "a part is CJK or words, not both or neither");
                for (const QString &word : part.words)
                    require(!word.isEmpty(), "no empty word");
            }
        }
    }
    // A prefix standing for words of the index (econom*) is searched as those words.
    SearchSchema::PrefixTerms terms;
    for (const QueryClause &clause : query.required) {
        for (const QueryPart &part : clause.parts) {
            if (part.prefix && !part.words.isEmpty())
                terms.insert(
                    part.words.constLast(), { part.words.constLast(), part.words.constLast() + u"x" });
        }
    }
    requireAccepted(SearchSchema::matchExpression(query));
    requireAccepted(SearchSchema::matchExpression(query, terms));
    requireAccepted(SearchSchema::excludedExpression(query));
    return 0;
}
