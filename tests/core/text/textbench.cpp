// Throughput of the text engine over >= 10 MB of mixed zh-Hant-HK/English copy, next to
// the opencc command-line tool on the same file. A benchmark, not a test: run by hand,
// `core_text_bench [MEGABYTES]`, with a Release build for figures worth quoting.

#include "core/text/lint.h"
#include "core/text/normaliser.h"
#include "core/text/scriptconverter.h"
#include "core/text/segmenter.h"
#include "core/text/textstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

using namespace PortalDesk;

namespace {

// Chinese copy in the portal's register, including the mistakes lint is for.
const char16_t *const ChineseParagraphs[] = {
    u"恒生指數今日高開後反覆向下，收市報19,850點，跌215點或1.07%，全日成交額1,023億元。"
    u"科技指數跌2.1%，騰訊(0700)及美團(3690)分別下跌1.8%及3.4%。",
    u"分析員指出，美國聯儲局本週議息結果將左右資金流向，投資者宜留意息口走勢。"
    u"「港股短期仍受外圍因素影響，」一名基金經理說，「但估值已回落至吸引水平。」",
    u"香港科技園公司宣布推出新一輪創科資助計劃，預算達5億元，支持本地初創企業發展人工智能及綠色科技。"
    u"申請期由即日起至12月31日，詳情可瀏覽https://www.hkstp.org/zh-hk/。",
    u"消委會最新報告測試了30款空氣清新機，發現部分型號的實際耗電量較標示高出兩成。"
    u"消委會建議市民選購時留意能源標籤，並定期清洗隔塵網。",
    u"【etnet 30周年】多重慶祝活動一浪接一浪,好禮連環賞!",
    u"【與拍賣官看藝術】畢加索的市場潛能有多強?亞洲收藏家如何從新角度鑑賞?► 即睇",
};

QString wireFixture()
{
    QFile file(QStringLiteral(PORTALDESK_FIXTURES_DIR "/wire-prnewswire-etnet.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Articles of a few KB each: the wire release, then Chinese paragraphs in varying order.
QStringList articles(qsizetype bytes)
{
    const QString wire = wireFixture();
    QStringList list;
    qsizetype total = 0;
    for (int n = 0; total < bytes; ++n) {
        QString article = wire;
        for (int p = 0; p < 12; ++p)
            article += u"\n\n"
                + QString::fromUtf16(ChineseParagraphs[(n + p * 7) % std::size(ChineseParagraphs)]);
        article += u'\n';
        total += article.toUtf8().size();
        list.append(article);
    }
    return list;
}

double seconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void report(const char *name, qsizetype bytes, double secs)
{
    std::printf("%-28s %8.1f MB/s  (%.2f s)\n", name, double(bytes) / 1e6 / secs, secs);
}

// The opencc command-line tool converting the same bytes, for comparison.
void reportOpenccTool(const char *name, const QByteArray &utf8)
{
    const QString opencc = QStandardPaths::findExecutable(QStringLiteral("opencc"));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("corpus.txt")));
    if (opencc.isEmpty() || !dir.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(utf8) != utf8.size()) {
        std::printf("%-28s not available\n", name);
        return;
    }
    file.close();
    const QStringList arguments { QStringLiteral("-c"), QStringLiteral("hk2s.json"), QStringLiteral("-i"),
        file.fileName(), QStringLiteral("-o"), dir.filePath(QStringLiteral("out")) };
    report(name, utf8.size(), seconds([&] { QProcess::execute(opencc, arguments); }));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype megabytes = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 10;
    const QStringList list = articles(megabytes * 1000 * 1000);
    const QString all = list.join(QString());
    const QByteArray utf8 = all.toUtf8();
    std::printf("corpus: %lld articles, %.1f MB UTF-8\n", qlonglong(list.size()), double(utf8.size()) / 1e6);
    if (!ScriptConverter::preload()) {
        std::printf("OpenCC data missing\n");
        return 2;
    }

    qsizetype sink = 0;
    report("convert hk2s", utf8.size(), seconds([&] { sink += ScriptConverter::toSimplified(all)->size(); }));
    report("segment", utf8.size(), seconds([&] {
        for (const QString &article : list)
            sink += Segmenter::wordRanges(article).size();
    }));
    report("lint", utf8.size(), seconds([&] {
        for (const QString &article : list)
            sink += Lint::check(article, {}).size();
    }));
    report("count", utf8.size(), seconds([&] {
        for (const QString &article : list)
            sink += TextStats::count(article).wordsTotal();
    }));
    report("normalise+lint+count", utf8.size(), seconds([&] {
        for (const QString &article : list) {
            const Result<NormalisedText> text = Normaliser::fromUtf8(article.toUtf8());
            sink += Lint::check(text->text, {}).size() + TextStats::count(text->text).wordsTotal();
        }
    }));

    reportOpenccTool("opencc tool hk2s", utf8);

    // Chinese only: no Latin lines to skip, so this is OpenCC's own speed.
    QString chinese;
    for (int n = 0; chinese.size() < megabytes * 1000 * 1000 / 6; ++n)
        chinese += QString::fromUtf16(ChineseParagraphs[n % std::size(ChineseParagraphs)]) + u'\n';
    const QByteArray chineseUtf8 = chinese.toUtf8();
    report("convert hk2s, Chinese only", chineseUtf8.size(),
        seconds([&] { sink += ScriptConverter::toSimplified(chinese)->size(); }));
    reportOpenccTool("opencc tool, Chinese only", chineseUtf8);
    return sink == 0 ? 1 : 0;
}
