#pragma once

// Which theme the live preview and the export dialog use: the one shipped with
// PortalDesk, or a folder a designer copied and changed. A desk setting
// (QSettings), since a folder path means nothing on another editor's machine.

#include "core/error.h"

#include <QObject>
#include <QString>

namespace PortalDesk::Ui::ThemeFolder {

QString chosen(); // "" = the default theme
// Refused, with the reason, when the folder holds no theme that loads.
Status setChosen(const QString &folder);
QString effective(); // chosen(), else Theme::defaultFolder()

// Announces a new choice to the preview (one object for the whole application).
class Notifier : public QObject
{
    Q_OBJECT

public:
    static Notifier *instance();

signals:
    void changed(const QString &folder);
};

} // namespace PortalDesk::Ui::ThemeFolder
