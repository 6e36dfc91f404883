#pragma once

// Settings of the portal as a whole: its name, where it is served, its clock.

#include "core/content/language.h"
#include "core/error.h"

#include <QList>
#include <QTimeZone>

namespace PortalDesk {

// A web server the portal is published to (core/publish/sitepublisher.h): a folder or an SSH
// address such as deploy@web1:/srv/www/news, and how many releases to keep there. Never a
// password: SSH keys come from the user's agent.
struct PublishDestination
{
    QString name; // a key: "live", "staging"
    QString address;
    int keep = 5;

    bool operator==(const PublishDestination &) const = default;
};

struct Portal
{
    LocalizedText name;
    QString baseUrl = QStringLiteral("https://example.com/");
    QString timeZone = QStringLiteral("Asia/Hong_Kong");
    Language defaultEdition = Language::ZhHantHK;
    QString theme = QStringLiteral("default");
    QList<PublishDestination> publishTargets; // the first is the default
    // The portal's logo, a picture in the media store (MediaStore name): the site's favicon,
    // touch icon and the publisher logo search engines show. Empty: the theme's assets/logo.png.
    QString logo;

    bool operator==(const Portal &) const = default;

    QTimeZone zone() const; // falls back to Asia/Hong_Kong if the id is unknown
    // The saved target named `name`, or the first when `name` is empty; null if none.
    const PublishDestination *publishTarget(const QString &name = {}) const;
};

QList<Error> validate(const Portal &portal);

} // namespace PortalDesk
