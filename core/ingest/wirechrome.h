#pragma once

// Recognises the furniture of wire copy (photo captions, original link,
// credit) and the chrome of the portal page it was scraped from (【…】 promo lines,
// section and product names, short navigation lines). Internal to the wire parser.

#include <QString>
#include <QStringView>
#include <optional>

namespace PortalDesk {

class WireChrome
{
public:
    // True for "Photo shows …", "圖為…", "图为…" and similar caption lines.
    static bool isCaption(QStringView line);

    // The link after "Original link:" / "原文連結：" / "原文链接："; an empty string when the
    // label stands alone (the link is on the next line); nullopt for other lines.
    static std::optional<QString> originalLink(QStringView line);

    // "source: Xinhua Silk Road", "消息來源：新華絲路", "消息来源：…".
    static bool isCredit(QStringView line);

    // A line that belongs to the portal page, not to any story.
    static bool isChrome(QStringView line);

    // A sentence-like line that is worth keeping wherever it turns up.
    static bool isProse(QStringView line);

    static bool isWebLink(QStringView text);
};

} // namespace PortalDesk
