#pragma once

// A theme folder: Mustache templates for the layout and each kind of page,
// partials, and static assets. Loaded once, then rendered from any thread.

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace PortalDesk {

class Theme
{
public:
    enum class Page { Front, Section, Article };

    // Reads every template and asset; a missing or broken template is an error naming it.
    static Result<Theme> load(const QString &folder);
    // The theme shipped with PortalDesk.
    static QString defaultFolder();

    // The page template rendered with `context`, placed in the layout as {{{content}}},
    // with the Content-Security-Policy meta inserted first in <head>.
    Result<QString> render(Page page, const QJsonObject &context) const;

    // Asset file name (e.g. "style.css") → bytes.
    const QMap<QString, QByteArray> &assets() const { return m_assets; }
    // A hash of every template and asset, for incremental export.
    QByteArray fingerprint() const { return m_fingerprint; }
    QString folder() const { return m_folder; }

    static const QString contentSecurityPolicy;

private:
    QString m_folder;
    QMap<QString, std::string> m_templates; // "layout", "front", …, "partials/header"
    QMap<QString, QByteArray> m_assets;
    QByteArray m_fingerprint;
};

} // namespace PortalDesk
