#include "core/text/textmerge.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using Choice = TextMerge::Choice;

namespace {

QString joined(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

TEST_CASE("edits to different paragraphs both survive, even side by side", "[text][merge]")
{
    const QString base
        = joined({ QStringLiteral("第一段。"), QStringLiteral("第二段。"), QStringLiteral("第三段。") });
    const QString mine = joined(
        { QStringLiteral("第一段，我改了。"), QStringLiteral("第二段。"), QStringLiteral("第三段。") });
    const QString theirs = joined({ QStringLiteral("第一段。"), QStringLiteral("第二段，他們改了。"),
        QStringLiteral("第三段。"), QStringLiteral("他們加的第四段。") });
    const TextMerge merge = mergeParagraphs(base, mine, theirs);
    CHECK(merge.clean());
    CHECK(merge.text()
        == joined({ QStringLiteral("第一段，我改了。"), QStringLiteral("第二段，他們改了。"),
            QStringLiteral("第三段。"), QStringLiteral("他們加的第四段。") }));
}

TEST_CASE("the same change on both sides is made once", "[text][merge]")
{
    const QString base = joined({ QStringLiteral("A."), QStringLiteral("B.") });
    const QString both = joined({ QStringLiteral("A, fixed."), QStringLiteral("B.") });
    const TextMerge merge = mergeParagraphs(base, both, both);
    CHECK(merge.clean());
    CHECK(merge.text() == both);
}

TEST_CASE("a paragraph both changed differently is a conflict with all three versions", "[text][merge]")
{
    const QString base
        = joined({ QStringLiteral("Intro."), QStringLiteral("Rates held."), QStringLiteral("End.") });
    const QString mine = joined(
        { QStringLiteral("Intro, mine."), QStringLiteral("Rates held at 5.75%."), QStringLiteral("End.") });
    const QString theirs
        = joined({ QStringLiteral("Intro."), QStringLiteral("Rates were held."), QStringLiteral("End.") });
    const TextMerge merge = mergeParagraphs(base, mine, theirs);
    REQUIRE(merge.conflicts() == 1);
    const auto conflict = std::find_if(merge.chunks.cbegin(), merge.chunks.cend(),
        [](const TextMerge::Chunk &chunk) { return chunk.conflict; });
    CHECK(conflict->base == QStringList { QStringLiteral("Rates held.") });
    CHECK(conflict->mine == QStringList { QStringLiteral("Rates held at 5.75%.") });
    CHECK(conflict->theirs == QStringList { QStringLiteral("Rates were held.") });

    CHECK_FALSE(merge.text().has_value()); // nothing is chosen for the user
    CHECK(merge.text({ Choice::Undecided }) == std::nullopt);
    CHECK(merge.text({ Choice::Mine })
        == joined({ QStringLiteral("Intro, mine."), QStringLiteral("Rates held at 5.75%."),
            QStringLiteral("End.") }));
    CHECK(merge.text({ Choice::Theirs })
        == joined(
            { QStringLiteral("Intro, mine."), QStringLiteral("Rates were held."), QStringLiteral("End.") }));
    CHECK(merge.text({ Choice::Both })
        == joined({ QStringLiteral("Intro, mine."), QStringLiteral("Rates held at 5.75%."),
            QStringLiteral("Rates were held."), QStringLiteral("End.") }));
}

TEST_CASE("a deleted paragraph that the other side edited is a conflict, not a silent loss", "[text][merge]")
{
    const QString base = joined({ QStringLiteral("One."), QStringLiteral("Two."), QStringLiteral("Three.") });
    const QString mine = joined({ QStringLiteral("One."), QStringLiteral("Three.") });
    const QString theirs
        = joined({ QStringLiteral("One."), QStringLiteral("Two, corrected."), QStringLiteral("Three.") });
    const TextMerge merge = mergeParagraphs(base, mine, theirs);
    REQUIRE(merge.conflicts() == 1);
    CHECK(merge.text({ Choice::Theirs })
        == joined({ QStringLiteral("One."), QStringLiteral("Two, corrected."), QStringLiteral("Three.") }));
    CHECK(merge.text({ Choice::Mine }) == joined({ QStringLiteral("One."), QStringLiteral("Three.") }));
}

TEST_CASE("paragraphs both added at one place conflict; elsewhere they merge", "[text][merge]")
{
    const QString base = joined({ QStringLiteral("One."), QStringLiteral("Two.") });
    const QString mine
        = joined({ QStringLiteral("Mine first."), QStringLiteral("One."), QStringLiteral("Two.") });
    const QString theirs = joined({ QStringLiteral("Theirs first."), QStringLiteral("One."),
        QStringLiteral("Two."), QStringLiteral("Theirs last.") });
    const TextMerge merge = mergeParagraphs(base, mine, theirs);
    REQUIRE(merge.conflicts() == 1);
    CHECK(merge.text({ Choice::Both })
        == joined({ QStringLiteral("Mine first."), QStringLiteral("Theirs first."), QStringLiteral("One."),
            QStringLiteral("Two."), QStringLiteral("Theirs last.") }));
}

TEST_CASE("blank lines of any kind and Windows line ends separate paragraphs alike", "[text][merge]")
{
    CHECK(paragraphsOf(QStringLiteral("\n\nOne\r\n\r\n\r\nTwo\nstill two\n \t\nThree\n"))
        == QStringList { QStringLiteral("One"), QStringLiteral("Two\nstill two"), QStringLiteral("Three") });
    CHECK(paragraphsOf(QString()).isEmpty());
    const TextMerge merge = mergeParagraphs(QStringLiteral("One\r\n\r\nTwo"),
        QStringLiteral("One\n\n\n\nTwo"), QStringLiteral("One\n\nTwo, edited"));
    CHECK(merge.clean());
    CHECK(merge.text() == QStringLiteral("One\n\nTwo, edited"));
}

TEST_CASE("random edits to different paragraphs all survive the merge", "[text][merge]")
{
    QRandomGenerator random(20261202);
    for (int round = 0; round < 200; ++round) {
        const int count = 1 + random.bounded(30);
        QStringList base;
        for (int i = 0; i < count; ++i)
            base << QStringLiteral("paragraph %1 of round %2").arg(i).arg(round);
        QStringList mine = base;
        QStringList theirs = base;
        QStringList expected = base;
        for (int i = 0; i < count; ++i) {
            switch (random.bounded(4)) {
            case 0:
                mine[i] += QStringLiteral(" (mine)");
                expected[i] = mine[i];
                break;
            case 1:
                theirs[i] += QStringLiteral(" (theirs)");
                expected[i] = theirs[i];
                break;
            default:
                break;
            }
        }
        INFO("round " << round);
        const TextMerge merge = mergeParagraphs(joined(base), joined(mine), joined(theirs));
        REQUIRE(merge.clean());
        CHECK(merge.text() == joined(expected));
    }
}

TEST_CASE("a body too long to compare paragraph by paragraph still merges", "[text][merge]")
{
    QStringList base;
    for (int i = 0; i < 5000; ++i)
        base << QStringLiteral("段落 %1").arg(i);
    QStringList mine = base;
    QStringList theirs = base;
    for (int i = 0; i < 5000; i += 2)
        mine[i] += QStringLiteral("（改）"); // every other paragraph: the middle stays long
    theirs[1] += QStringLiteral("（他們改）");
    const TextMerge oneSide = mergeParagraphs(joined(base), joined(mine), joined(base));
    CHECK(oneSide.text() == joined(mine));
    QStringList expected = mine;
    expected[1] = theirs[1];
    const TextMerge bothSides = mergeParagraphs(joined(base), joined(mine), joined(theirs));
    CHECK(bothSides.clean());
    CHECK(bothSides.text() == joined(expected));

    // A paragraph added on one side makes its long changed run one replaced block: the other
    // side's edits inside it are then one conflict, with nothing lost either way.
    theirs.append(QStringLiteral("結尾"));
    const TextMerge overlapping = mergeParagraphs(joined(base), joined(mine), joined(theirs));
    REQUIRE(overlapping.conflicts() == 1);
    CHECK(overlapping.text({ Choice::Theirs }) == joined(mine.mid(0, 1) + theirs.mid(1)));
    CHECK(overlapping.text({ Choice::Mine }) == joined(mine));
}
