// The text engine's verbs: convert, segment, stats, slug, lint, normalise (issue 3).
// Every verb reads strict UTF-8 (FILE, or standard input), normalises it the way the
// editor does, and exits 2 with the byte offset when the input is not UTF-8.

#include "app/cli/cliio.h"
#include "app/cli/command.h"
#include "app/cli/portallint.h"
#include "core/content/language.h"
#include "core/text/lint.h"
#include "core/text/normaliser.h"
#include "core/text/scriptconverter.h"
#include "core/text/segmenter.h"
#include "core/text/slug.h"
#include "core/text/textstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace PortalDesk::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PortalDesk::Cli", text);
}

QString inputPath(const QCommandLineParser &parser)
{
    return parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().constFirst();
}

// The text of FILE (or stdin), checked and normalised.
Result<QString> readText(const QString &path)
{
    const Result<QByteArray> bytes = readInput(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    Result<NormalisedText> text = Normaliser::fromUtf8(*bytes);
    if (!text) {
        Error error = text.error();
        error.field = path.isEmpty() || path == u"-" ? tr("standard input") : path;
        return std::unexpected(error);
    }
    return std::move(text->text);
}

Result<Language> languageOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString tag = parser.value(option);
    if (const std::optional<Language> language = languageFromTag(tag))
        return *language;
    return std::unexpected(Error::invalid(QStringLiteral("--") + option.names().constFirst(),
        tr("unknown language \"%1\" (use zh-Hant-HK, zh-Hans or en)").arg(tag)));
}

QCommandLineOption languageOptionFor(const QString &help)
{
    return QCommandLineOption({ QStringLiteral("l"), QStringLiteral("language") }, help, QStringLiteral("L"));
}

int writeText(const QString &path, const QString &text)
{
    if (Status written = writeOutput(path, text.toUtf8()); !written)
        return fail(written.error());
    return Ok;
}

int convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Target script: zh-Hans or zh-Hant-HK."), QStringLiteral("L"));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("Source script (default: the other Chinese one)."), QStringLiteral("L"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        tr("Write to FILE, not stdout."), QStringLiteral("FILE"));
    parser.addOptions({ to, from, output });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("UTF-8 text or Markdown (default: stdin)."));
    int exitCode = Ok;
    if (!parse(parser, arguments, tr("Convert Chinese text between zh-Hant-HK and zh-Hans."), exitCode))
        return exitCode;
    if (!parser.isSet(to))
        return fail(Error::invalid(QStringLiteral("--to"), tr("is required (zh-Hans or zh-Hant-HK)")));
    const Result<Language> target = languageOption(parser, to);
    if (!target)
        return fail(target.error());
    Language source = *target == Language::ZhHans ? Language::ZhHantHK : Language::ZhHans;
    if (parser.isSet(from)) {
        const Result<Language> given = languageOption(parser, from);
        if (!given)
            return fail(given.error());
        source = *given;
    }
    const Result<QString> text = readText(inputPath(parser));
    if (!text)
        return fail(text.error());
    const Result<QString> converted = ScriptConverter::convert(*text, source, *target);
    if (!converted)
        return fail(converted.error());
    return writeText(parser.value(output), *converted);
}

int segment(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("UTF-8 text (default: stdin)."));
    int exitCode = Ok;
    if (!parse(parser, arguments, tr("Print each line's words separated by single spaces."), exitCode))
        return exitCode;
    const Result<QString> text = readText(inputPath(parser));
    if (!text)
        return fail(text.error());
    QString out;
    out.reserve(text->size() + text->size() / 2);
    const QStringView all(*text);
    for (qsizetype start = 0; start < all.size();) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        const QStringView line = all.sliced(start, end - start);
        bool first = true;
        for (const TextRange &word : Segmenter::wordRanges(line)) {
            if (!first)
                out += u' ';
            out += line.sliced(word.start, word.length);
            first = false;
        }
        out += u'\n';
        start = end + 1;
    }
    printOut(out);
    return Ok;
}

int stats(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object."));
    const QCommandLineOption cjkRate(QStringLiteral("cjk-rate"),
        tr("Chinese characters read a minute (default 400)."), QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption latinRate(QStringLiteral("latin-rate"),
        tr("English words read a minute (default 200)."), QStringLiteral("N"), QStringLiteral("200"));
    parser.addOptions({ json, cjkRate, latinRate });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("UTF-8 text (default: stdin)."));
    int exitCode = Ok;
    if (!parse(parser, arguments, tr("Count Chinese characters, English words, paragraphs and reading time."),
            exitCode))
        return exitCode;
    ReadingRates rates;
    bool cjkOk = false, latinOk = false;
    rates.cjkCharsPerMinute = parser.value(cjkRate).toDouble(&cjkOk);
    rates.latinWordsPerMinute = parser.value(latinRate).toDouble(&latinOk);
    if (!cjkOk || !latinOk || rates.cjkCharsPerMinute <= 0 || rates.latinWordsPerMinute <= 0)
        return fail(
            Error::invalid(QStringLiteral("--cjk-rate/--latin-rate"), tr("must be positive numbers")));
    const Result<QString> text = readText(inputPath(parser));
    if (!text)
        return fail(text.error());
    const TextCounts counts = TextStats::count(*text, rates);
    if (parser.isSet(json)) {
        const QJsonObject object {
            { QStringLiteral("cjk_chars"), qint64(counts.cjkChars) },
            { QStringLiteral("latin_words"), qint64(counts.latinWords) },
            { QStringLiteral("words_total"), qint64(counts.wordsTotal()) },
            { QStringLiteral("paragraphs"), qint64(counts.paragraphs) },
            { QStringLiteral("reading_seconds"), qint64(counts.readingSeconds) },
        };
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    printOut(tr(
        "Chinese characters: %1\nEnglish words: %2\nTotal (字數): %3\nParagraphs: %4\nReading time: %5 s\n")
                 .arg(counts.cjkChars)
                 .arg(counts.latinWords)
                 .arg(counts.wordsTotal())
                 .arg(counts.paragraphs)
                 .arg(counts.readingSeconds));
    return Ok;
}

int slug(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language = languageOptionFor(tr("Language of TEXT: zh-Hant-HK, zh-Hans or en."));
    const QCommandLineOption id(
        QStringLiteral("id"), tr("Fallback when TEXT gives no usable slug."), QStringLiteral("ID"));
    parser.addOptions({ language, id });
    parser.addPositionalArgument(
        QStringLiteral("TEXT"), tr("Headline (several arguments are joined by spaces)."));
    int exitCode = Ok;
    if (!parse(parser, arguments, tr("Print the URL slug for a headline."), exitCode))
        return exitCode;
    if (!parser.isSet(language))
        return fail(Error::invalid(QStringLiteral("--language"), tr("is required")));
    const Result<Language> lang = languageOption(parser, language);
    if (!lang)
        return fail(lang.error());
    const NormalisedText text = Normaliser::normalise(parser.positionalArguments().join(u' '));
    printOut(Slug::make(text.text, *lang, parser.value(id)) + u'\n');
    return Ok;
}

int lint(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption language
        = languageOptionFor(tr("Language of the text: zh-Hant-HK, zh-Hans or en."));
    const QCommandLineOption fix(QStringLiteral("fix"), tr("Print the text with every fix applied."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as a JSON array."));
    const QCommandLineOption spacing(QStringLiteral("spacing"),
        tr("Space between Chinese and Latin: none (default) or pangu."), QStringLiteral("STYLE"),
        QStringLiteral("none"));
    const QCommandLineOption width(
        QStringLiteral("width"), tr("Widest line allowed, in display columns."), QStringLiteral("N"));
    const QCommandLineOption disable(QStringLiteral("disable"),
        tr("Skip a rule (repeatable): %1.").arg(Lint::rules().join(QStringLiteral(", "))),
        QStringLiteral("RULE"));
    parser.addOptions({ language, fix, json, spacing, width, disable, databaseOption() });
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("UTF-8 text or Markdown (default: stdin)."));
    int exitCode = Ok;
    if (!parse(parser, arguments,
            tr("Check Chinese/English typography of FILE, or with --db of every text readers see in a portal "
               "(articles' every field, promos, section and column names). Exit 0 when clean (notes "
               "only), 1 with findings, 2 on error."),
            exitCode))
        return exitCode;
    const bool portal = parser.isSet(databaseOption());
    if (!parser.isSet(language) && !portal)
        return fail(Error::invalid(QStringLiteral("--language"), tr("is required")));
    if (portal) {
        if (!parser.positionalArguments().isEmpty())
            return fail(
                Error::invalid(QStringLiteral("FILE"), tr("lint reads a FILE or a portal (--db), not both")));
        if (parser.isSet(fix))
            return fail(Error::invalid(QStringLiteral("--fix"),
                tr("works on a FILE; a portal's texts are fixed in the editor, where each change can be "
                   "undone")));
        if (parser.isSet(width))
            return fail(Error::invalid(QStringLiteral("--width"),
                tr("works on a FILE; in a portal, promo widths are checked against their slots in the "
                   "editor")));
    }
    LintOptions options;
    std::optional<Language> only;
    if (parser.isSet(language)) {
        const Result<Language> lang = languageOption(parser, language);
        if (!lang)
            return fail(lang.error());
        options.language = *lang;
        only = *lang;
    }
    if (parser.value(spacing) == u"pangu")
        options.spacing = CjkLatinSpacing::Pangu;
    else if (parser.value(spacing) != u"none")
        return fail(Error::invalid(QStringLiteral("--spacing"), tr("must be none or pangu")));
    if (parser.isSet(width)) {
        bool ok = false;
        options.widthLimit = parser.value(width).toLongLong(&ok);
        if (!ok || options.widthLimit <= 0)
            return fail(Error::invalid(QStringLiteral("--width"), tr("must be a positive number")));
    }
    options.disabledRules = parser.values(disable);
    for (const QString &rule : std::as_const(options.disabledRules)) {
        if (!Lint::rules().contains(rule))
            return fail(Error::invalid(QStringLiteral("--disable"), tr("unknown rule \"%1\"").arg(rule)));
    }
    if (portal) {
        auto database = openDatabase(parser, false);
        if (!database)
            return fail(database.error());
        return lintPortal(*database, options, only, parser.isSet(json));
    }
    const QString path = inputPath(parser);
    const Result<QString> text = readText(path);
    if (!text)
        return fail(text.error());

    if (parser.isSet(fix)) {
        // Prints the fixed text; the exit code tells whether anything is left to do by hand.
        const QString fixed = Lint::fix(*text, options);
        printOut(fixed);
        return needsAttention(Lint::check(fixed, options)) ? Findings : Ok;
    }
    const QList<LintFinding> findings = Lint::check(*text, options);
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(findingsJson(findings)).toJson(QJsonDocument::Indented)));
    else
        printOut(findingsText(path.isEmpty() ? QStringLiteral("-") : path, findings));
    return needsAttention(findings) ? Findings : Ok;
}

int normalise(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Input (default: stdin)."));
    int exitCode = Ok;
    if (!parse(parser, arguments,
            tr("Check UTF-8 and print the text in NFC with LF line endings and no control characters."),
            exitCode))
        return exitCode;
    const QString path = inputPath(parser);
    const Result<QByteArray> bytes = readInput(path);
    if (!bytes)
        return fail(bytes.error());
    const Result<NormalisedText> text = Normaliser::fromUtf8(*bytes);
    if (!text)
        return fail(text.error());
    if (text->removedControls > 0)
        printError(tr("removed %1 control characters").arg(text->removedControls));
    printOut(text->text);
    return Ok;
}

} // namespace

QList<Command> textCommands()
{
    return {
        { QStringLiteral("convert"), tr("Convert Chinese between zh-Hant-HK and zh-Hans"), convert },
        { QStringLiteral("segment"), tr("Split text into words"), segment },
        { QStringLiteral("stats"), tr("Count characters, words, paragraphs, reading time"), stats },
        { QStringLiteral("slug"), tr("Make a URL slug from a headline"), slug },
        { QStringLiteral("lint"), tr("Check Chinese/English typography, optionally fix it"), lint },
        { QStringLiteral("normalise"), tr("Check UTF-8 and normalise text"), normalise },
    };
}

} // namespace PortalDesk::Cli
