#include "core/text/scriptconverter.h"

#include "core/text/quotemarks.h"
#include "core/text/verbatim.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <memory>
#include <opencc/SimpleConverter.hpp>

namespace PortalDesk {

namespace {

// One OpenCC converter, loaded once. Its Convert() is const and keeps no state between
// calls (the dictionaries are read-only tries), so threads share it; the test suite
// checks concurrent use against a single-threaded run.
struct LoadedConverter
{
    std::unique_ptr<opencc::SimpleConverter> converter;
    QString error;
};

LoadedConverter load(const char *config)
{
    LoadedConverter loaded;
    // OpenCC resolves a bare name against its own data directory; prefer the one found
    // when PortalDesk was configured.
    const QString name = QString::fromLatin1(config);
    QString path = name;
    const QString installed = QStringLiteral(PORTALDESK_OPENCC_DATA) + name;
    if (QFileInfo::exists(installed))
        path = installed;
    try {
        loaded.converter = std::make_unique<opencc::SimpleConverter>(path.toStdString());
    } catch (const std::exception &e) {
        loaded.error
            = QCoreApplication::translate("PortalDesk::Text", "cannot load OpenCC configuration %1: %2")
                  .arg(name, QString::fromUtf8(e.what()));
    } catch (...) {
        loaded.error = QCoreApplication::translate("PortalDesk::Text", "cannot load OpenCC configuration %1")
                           .arg(name);
    }
    return loaded;
}

const LoadedConverter &converterFor(Language to)
{
    static const LoadedConverter toSimplified = load("hk2s.json");
    static const LoadedConverter toTraditional = load("s2hk.json");
    return to == Language::ZhHans ? toSimplified : toTraditional;
}

// OpenCC walks every character through its dictionaries, Latin included, and slows down
// on very long inputs. So lines without any CJK character are copied as they are, and
// the rest is handed over a few lines at a time (phrases never span a line break).
constexpr qsizetype ChunkUnits = 4096;

bool hasCjk(QStringView line)
{
    for (QChar c : line) {
        if (c.unicode() >= 0x2E80)
            return true;
    }
    return false;
}

Status convertChunk(const opencc::SimpleConverter &converter, QStringView chunk, QString &out)
{
    if (chunk.isEmpty())
        return {};
    const QByteArray utf8 = chunk.toUtf8();
    try {
        const std::string converted = converter.Convert(utf8.constData(), size_t(utf8.size()));
        out += QString::fromUtf8(converted.data(), qsizetype(converted.size()));
    } catch (const std::exception &e) {
        return fail(Error::Code::Format, QString::fromUtf8(e.what()));
    }
    return {};
}

Status convertRun(const opencc::SimpleConverter &converter, QStringView run, QString &out)
{
    qsizetype chunkStart = 0; // lines [chunkStart, position) still to convert
    qsizetype position = 0;
    while (position < run.size()) {
        qsizetype end = run.indexOf(u'\n', position);
        end = end < 0 ? run.size() : end + 1;
        const QStringView line = run.sliced(position, end - position);
        if (!hasCjk(line)) {
            if (Status status = convertChunk(converter, run.sliced(chunkStart, position - chunkStart), out);
                !status)
                return status;
            out += line;
            chunkStart = end;
        } else if (end - chunkStart > ChunkUnits && position > chunkStart) {
            if (Status status = convertChunk(converter, run.sliced(chunkStart, position - chunkStart), out);
                !status)
                return status;
            chunkStart = position;
        }
        position = end;
    }
    return convertChunk(converter, run.sliced(chunkStart), out);
}

} // namespace

Result<QString> ScriptConverter::convert(QStringView text, Language from, Language to)
{
    if (from == to)
        return text.toString();
    if (from == Language::En || to == Language::En)
        return fail(Error::Code::Unsupported,
            QCoreApplication::translate(
                "PortalDesk::Text", "only Chinese text can be converted between scripts"));
    const LoadedConverter &loaded = converterFor(to);
    if (!loaded.converter)
        return fail(Error::Code::Unsupported, loaded.error);

    // Quote marks first: OpenCC leaves them alone and the swap keeps every position.
    const QList<TextRange> verbatim = Verbatim::find(text);
    const QList<QuoteMarks::Change> quotes = QuoteMarks::changes(text, to, verbatim);
    const QString quoted = quotes.isEmpty() ? QString() : QuoteMarks::apply(text, quotes);
    const QStringView source = quotes.isEmpty() ? text : QStringView(quoted);

    QString out;
    out.reserve(source.size());
    qsizetype position = 0;
    for (const TextRange &range : verbatim) {
        if (Status status
            = convertRun(*loaded.converter, source.sliced(position, range.start - position), out);
            !status)
            return std::unexpected(status.error());
        out += source.sliced(range.start, range.length);
        position = range.end();
    }
    if (Status status = convertRun(*loaded.converter, source.sliced(position), out); !status)
        return std::unexpected(status.error());
    return out;
}

Status ScriptConverter::preload()
{
    for (Language to : { Language::ZhHans, Language::ZhHantHK }) {
        if (auto loaded = preload(to); !loaded)
            return loaded;
    }
    return {};
}

Status ScriptConverter::preload(Language to)
{
    if (const LoadedConverter &loaded = converterFor(to); !loaded.converter)
        return fail(Error::Code::Unsupported, loaded.error);
    return {};
}

QString ScriptConverter::fingerprint()
{
    // Bump the r-number whenever the quote or verbatim rules here change what comes out.
    return QStringLiteral("opencc " PORTALDESK_OPENCC_VERSION " hk2s/s2hk r1");
}

} // namespace PortalDesk
