#pragma once

// The web page inside the preview: it shows what PortalDesk loads into it
// and nothing else. A clicked web link opens in the system browser; the
// preview itself never navigates away.

#include <QWebEnginePage>

namespace PortalDesk::Ui {

class PreviewPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit PreviewPage(QObject *parent = nullptr);

    // Allows the next load, which PortalDesk itself starts.
    void expectLoad() { m_expectingLoad = true; }

signals:
    void portalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    bool m_expectingLoad = false;
};

} // namespace PortalDesk::Ui
