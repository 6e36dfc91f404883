// Item 3 of issue 19: hostile sizes get limits, each refused with a message naming the
// field and the limit, or handled with bounded output (core/content/limits.h).

#include "core/content/article.h"
#include "core/content/limits.h"
#include "core/content/picturesize.h"
#include "core/render/markdown.h"

#include <QtEndian>
#include <catch2/catch.hpp>

using namespace PortalDesk;

namespace {

QString errorFor(const QList<Error> &errors, const QString &field)
{
    for (const Error &error : errors) {
        if (error.field == field)
            return error.message;
    }
    return {};
}

Article titled(const QString &headline)
{
    Article article;
    article.headline = headline;
    return article;
}

} // namespace

TEST_CASE("a headline of a million characters is refused, naming the limit", "[content]")
{
    const QString message = errorFor(validate(titled(QString(1'000'000, u'長'))), QStringLiteral("headline"));
    CHECK(message.contains(QStringLiteral("1,000,000 characters")));
    CHECK(message.contains(QStringLiteral("at most 300")));
    CHECK(errorFor(validate(titled(QString(300, u'長'))), QStringLiteral("headline")).isEmpty());
}

TEST_CASE("a 50 MB body is refused, naming the limit", "[content]")
{
    Article article = titled(QStringLiteral("恒指"));
    article.body = QString(50 * 1024 * 1024, u'x');
    const QString message = errorFor(validate(article), QStringLiteral("body"));
    CHECK(message.contains(QStringLiteral("52,428,800 characters")));
    CHECK(message.contains(QStringLiteral("at most 1,000,000")));
    article.body = QString(Limits::bodyCharacters, u'x');
    CHECK(errorFor(validate(article), QStringLiteral("body")).isEmpty());
}

TEST_CASE("10,000 block quotes or lists inside one another render, their text kept", "[content]")
{
    for (const auto &[marker, element] :
        { std::pair { u"> ", u"<blockquote>" }, std::pair { u"- ", u"<ul>" } }) {
        QString markdown;
        for (int i = 0; i < 10'000; ++i)
            markdown += QStringView(marker);
        const QString html = Markdown::toHtml(QString(markdown + QStringLiteral("最深處")));
        CHECK(html.count(QStringView(element)) == 10'000);
        CHECK(html.contains(QStringLiteral("最深處")));
    }
}

TEST_CASE("a 100,000-row table within the body limit renders", "[content]")
{
    QString table = QStringLiteral("|a|\n|-|\n");
    for (int i = 0; i < 100'000; ++i)
        table += QStringLiteral("|x|\n");
    REQUIRE(table.size() <= Limits::bodyCharacters);
    const QString html = Markdown::toHtml(table);
    CHECK(html.count(QStringLiteral("<tr>")) == 100'001);
}

TEST_CASE("a picture's size is read from its header without decoding it", "[content]")
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16);
    png.append(8, '\0');
    qToBigEndian<quint32>(30'000, png.data() + 16);
    qToBigEndian<quint32>(20'000, png.data() + 20);
    CHECK(PictureSize::read(png) == QSize(30'000, 20'000));

    // JPEG: start of image, an APP0 segment, then the frame with height 30,000 and width 30,000.
    QByteArray jpeg("\xFF\xD8\xFF\xE0\x00\x04xx\xFF\xC0\x00\x11\x08\x75\x30\x75\x30\x03", 19);
    CHECK(PictureSize::read(jpeg) == QSize(30'000, 30'000));
    CHECK(PictureSize::read(QByteArray("GIF89a\x40\x01\xF0\x00", 10)) == QSize(320, 240));
    CHECK_FALSE(PictureSize::read(QByteArray("not a picture")).has_value());
    CHECK_FALSE(PictureSize::read(png.first(20)).has_value());
    CHECK_FALSE(PictureSize::read(jpeg.first(12)).has_value());
}
