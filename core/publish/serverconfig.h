#pragma once

// Web server snippets for a bundle (nginx and Apache): the pages' Content-Security-Policy
// and a few safety headers sent as HTTP headers, long cache lifetimes for the
// content-hashed assets/ (their names change whenever their bytes do), short ones for
// pages, feeds and sitemaps, the per-edition 404 pages, and the feeds' media types.
// The base URL's path is where the bundle is served ("/" or "/news/").

#include "core/content/portal.h"

#include <QString>

namespace PortalDesk::ServerConfig {

inline constexpr int AssetMaxAge = 31536000; // a year: assets/ names carry their content hash
inline constexpr int PageMaxAge = 60; // a minute: news pages change as stories come and go

// The path the portal is served from, from its base URL: "/", "/news/".
QString servedPath(const Portal &portal);

// To paste inside the nginx server { } block whose root (or alias) is the bundle's folder.
QString nginx(const Portal &portal);
// An Apache 2.4 .htaccess for the bundle's folder (needs mod_headers; AllowOverride FileInfo Indexes).
QString apache(const Portal &portal);

} // namespace PortalDesk::ServerConfig
