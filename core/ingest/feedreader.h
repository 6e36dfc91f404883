#pragma once

// An RSS 2.0 or Atom feed (the Government's press-release feeds, the wires' RSS) read into
// its items, each as plain text the wire parser can take: the title, then the description
// or content with its HTML turned into lines. Malformed XML is an error naming the line
// and column; items read before it are not half-trusted, the whole feed is refused.

#include "core/error.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

namespace PortalDesk {

struct FeedItem
{
    QString id; // the guid (RSS) or id (Atom); the link when the feed gives neither
    QString link; // the item's web page; empty when the feed gives none
    QString title;
    QDateTime published; // invalid when the feed does not say
    QString text; // the description or content as plain text, paragraphs split by blank lines

    // Title and text as one piece of wire copy.
    QString copy() const;

    bool operator==(const FeedItem &) const = default;
};

struct Feed
{
    QString title;
    QList<FeedItem> items;
};

class FeedReader
{
public:
    static Result<Feed> parse(QByteArrayView xml);

    // HTML of a description as text: <p>, <br> and block ends become line breaks, tags go,
    // entities are decoded.
    static QString plainText(QStringView html);
};

} // namespace PortalDesk
