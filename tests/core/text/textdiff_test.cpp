#include "core/text/textdiff.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using Kind = DiffSpan::Kind;

namespace {

QString side(const QList<DiffSpan> &spans, Kind leftOut)
{
    QString text;
    for (const DiffSpan &span : spans) {
        if (span.kind != leftOut)
            text += span.text;
    }
    return text;
}

} // namespace

TEST_CASE("English changes show whole words", "[text][diff]")
{
    const auto spans = diffText(
        QStringLiteral("The central bank held rates."), QStringLiteral("The central bank raised rates."));
    CHECK(spans
        == QList<DiffSpan> { { Kind::Same, QStringLiteral("The central bank ") },
            { Kind::Removed, QStringLiteral("held") }, { Kind::Added, QStringLiteral("raised") },
            { Kind::Same, QStringLiteral(" rates.") } });
}

TEST_CASE("Chinese changes show the very characters", "[text][diff]")
{
    const auto spans = diffText(QStringLiteral("恒指半日升200點"), QStringLiteral("恒指全日升 300 點"));
    CHECK(spans
        == QList<DiffSpan> { { Kind::Same, QStringLiteral("恒指") }, { Kind::Removed, QStringLiteral("半") },
            { Kind::Added, QStringLiteral("全") }, { Kind::Same, QStringLiteral("日升") },
            { Kind::Removed, QStringLiteral("200") }, { Kind::Added, QStringLiteral(" 300 ") },
            { Kind::Same, QStringLiteral("點") } });
}

TEST_CASE("a diff gives back both versions whole", "[text][diff]")
{
    CHECK(diffText(QString(), QString()).isEmpty());
    CHECK(diffText(QString(), QStringLiteral("新"))
        == QList<DiffSpan> { { Kind::Added, QStringLiteral("新") } });
    CHECK(diffText(QStringLiteral("same 一樣"), QStringLiteral("same 一樣"))
        == QList<DiffSpan> { { Kind::Same, QStringLiteral("same 一樣") } });
    // Characters outside the BMP (𠝹) stay whole.
    CHECK(diffText(QStringLiteral("𠝹開"), QStringLiteral("切開"))
        == QList<DiffSpan> { { Kind::Removed, QStringLiteral("𠝹") }, { Kind::Added, QStringLiteral("切") },
            { Kind::Same, QStringLiteral("開") } });

    QRandomGenerator random(1202);
    const QString alphabet = QStringLiteral("港股 bank rates，。的在是\n");
    for (int round = 0; round < 300; ++round) {
        QString before, after;
        for (int i = random.bounded(40); i > 0; --i)
            before += alphabet.at(random.bounded(int(alphabet.size())));
        for (int i = random.bounded(40); i > 0; --i)
            after += alphabet.at(random.bounded(int(alphabet.size())));
        const auto spans = diffText(before, after);
        INFO(before.toStdString() << " → " << after.toStdString());
        CHECK(side(spans, Kind::Added) == before);
        CHECK(side(spans, Kind::Removed) == after);
    }
}

TEST_CASE("a very long changed text is compared in bounded time", "[text][diff]")
{
    QString before, after;
    for (int i = 0; i < 30000; ++i) {
        before += QStringLiteral("字%1 ").arg(i);
        after += QStringLiteral("詞%1 ").arg(i);
    }
    const auto spans = diffText(before, after);
    CHECK(side(spans, Kind::Added) == before);
    CHECK(side(spans, Kind::Removed) == after);
}
