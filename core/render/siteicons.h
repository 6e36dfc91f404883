#pragma once

// The icons browsers and phones show for a site — the tab's favicon, the home
// screen's touch icon and /favicon.ico — made from the theme's logo
// (assets/logo.png), so a portal that changes its logo changes them all.

#include <QByteArray>
#include <QMap>
#include <QString>

namespace PortalDesk::SiteIcons {

inline constexpr int FaviconSize = 32;
inline constexpr int TouchIconSize = 180;

// "favicon-32.png" and "apple-touch-icon.png" from the logo's bytes (any format Qt
// reads), centred on a transparent square; empty when the logo cannot be read.
QMap<QString, QByteArray> fromLogo(const QByteArray &logo);

inline constexpr int LogoMaxSide = 600;

// The logo as the site publishes it (assets/logo.png): PNG, at most LogoMaxSide pixels on its
// longer side (never enlarged); empty when the picture cannot be read.
QByteArray logoPng(const QByteArray &picture);

// A PNG wrapped in an ICO container (one image), as /favicon.ico; empty if `png` is not a PNG.
QByteArray ico(const QByteArray &png);

} // namespace PortalDesk::SiteIcons
