// Runs a Catch2 suite inside a Qt application object, so Qt's event loop,
// translations and (for ui suites) widgets are available to every test.
#define CATCH_CONFIG_RUNNER
#include <QtGlobal>
#include <catch2/catch.hpp>
#include <unistd.h>
#ifdef PORTALDESK_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As the editor does (app/gui/main.cpp): Chromium refuses to start its sandbox as root,
    // which CI and containers run as; the preview's tests show real pages.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    TestApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
