#include "ui/settings/darkpalette.h"

#include <QApplication>
#include <QStyleFactory>

namespace PortalDesk::Ui::DarkPalette {

QPalette palette()
{
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor muted(0x9a, 0x9d, 0xa3);
    const QColor highlight(0x3d, 0x6f, 0xb4);
    QPalette dark;
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, muted);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    dark.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    dark.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, highlight);
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    dark.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x82));
    dark.setColor(QPalette::Disabled, QPalette::Base, window);
    return dark;
}

void apply()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette());
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor warningColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QString warningStyle()
{
    return QStringLiteral("color: %1;").arg(warningColour(QApplication::palette()).name());
}

QString problemBorderStyle()
{
    return QStringLiteral("border: 1px solid %1;").arg(warningColour(QApplication::palette()).name());
}

} // namespace PortalDesk::Ui::DarkPalette
