#pragma once

// Settings of the portal as a whole: its name, where it is served, its clock.

#include "core/content/language.h"
#include "core/error.h"

#include <QList>
#include <QTimeZone>

namespace PortalDesk {

struct Portal
{
    LocalizedText name;
    QString baseUrl = QStringLiteral("https://example.com/");
    QString timeZone = QStringLiteral("Asia/Hong_Kong");
    Language defaultEdition = Language::ZhHantHK;
    QString theme = QStringLiteral("default");

    bool operator==(const Portal &) const = default;

    QTimeZone zone() const; // falls back to Asia/Hong_Kong if the id is unknown
};

QList<Error> validate(const Portal &portal);

} // namespace PortalDesk
