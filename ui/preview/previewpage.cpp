#include "ui/preview/previewpage.h"

#include <QDesktopServices>

namespace PortalDesk::Ui {

PreviewPage::PreviewPage(QObject *parent)
    : QWebEnginePage(parent)
{ }

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    if (m_expectingLoad && type != NavigationTypeLinkClicked) {
        m_expectingLoad = false;
        return true;
    }
    if (type == NavigationTypeLinkClicked) {
        const QString scheme = url.scheme();
        if (scheme == u"https" || scheme == u"http" || scheme == u"mailto")
            QDesktopServices::openUrl(url);
        else
            emit portalLinkClicked(url);
    }
    return false;
}

} // namespace PortalDesk::Ui
