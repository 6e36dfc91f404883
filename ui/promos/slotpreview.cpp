#include "ui/promos/slotpreview.h"

#include "ui/promos/promoslots.h"

#include <QPainter>
#include <QTextLayout>

namespace PortalDesk::Ui {

namespace {

// The default theme's colours (resources/themes/default/assets/style.css).
const QColor sidebarPaper(0xff, 0xf7, 0xf0);
const QColor sidebarRule(0xf1, 0xdc, 0xcb);
const QColor accent(0xc8, 0x10, 0x2e);
const QColor ink(0x1b, 0x1f, 0x24);
const QColor navy(0x0b, 0x25, 0x45);
const QColor headerText(0xc9, 0xd4, 0xe3);
constexpr int Padding = 14;
constexpr int Gap = 10;

struct Styled
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
};

Styled styled(const Promo &promo, bool header)
{
    Styled line;
    auto append = [&line](const QString &part, const QColor &colour, bool bold) {
        QTextCharFormat format;
        format.setForeground(colour);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        line.formats.append({ int(line.text.size()), int(part.size()), format });
        line.text += part;
    };
    if (!promo.kicker.isEmpty())
        append(u'【' + promo.kicker + u'】', header ? headerText : accent, !header);
    append(promo.text, header ? headerText : ink, false);
    if (!promo.callToAction.isEmpty())
        append(u' ' + promo.callToAction, header ? QColor(Qt::white) : accent, true);
    return line;
}

// Lays `line` out within `width` from `top`; draws it when `painter` is set. Returns the height.
int layOut(const Styled &line, const QFont &font, int left, int top, int width, QPainter *painter)
{
    QTextLayout layout(line.text, font);
    layout.setFormats(line.formats);
    int height = 0;
    layout.beginLayout();
    for (QTextLine row = layout.createLine(); row.isValid(); row = layout.createLine()) {
        row.setLineWidth(width);
        row.setPosition(QPointF(0, height));
        height += int(row.height()) + 4; // the theme's generous 1.65 line height, roughly
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, QPointF(left, top));
    return height;
}

} // namespace

SlotPreview::SlotPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
}

void SlotPreview::setSlot(const QString &slot, const QList<Promo> &promos, const QString &note)
{
    m_slot = slot;
    m_promos = promos;
    m_note = note;
    updateGeometry();
    update();
}

bool SlotPreview::isHeader() const
{
    return m_slot.startsWith(QLatin1String("header."));
}

// The slot's limit in columns, at this font: a Chinese character is two columns.
int SlotPreview::boxTextWidth() const
{
    const int column = QFontMetrics(font()).horizontalAdvance(QChar(0x4E2D)) / 2 + 1;
    return (isHeader() ? PromoSlots::HeaderColumns : PromoSlots::SidebarColumns) * column;
}

QSize SlotPreview::sizeHint() const
{
    int height = 2 * Padding;
    for (const Promo &promo : m_promos)
        height += layOut(styled(promo, isHeader()), font(), 0, 0, boxTextWidth(), nullptr) + Gap;
    return { boxTextWidth() + 2 * Padding + 2, std::max(height, 120) };
}

QSize SlotPreview::minimumSizeHint() const
{
    return { boxTextWidth() + 2 * Padding + 2, 80 };
}

void SlotPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool header = isHeader();
    const int width = boxTextWidth();
    int height = 2 * Padding - Gap;
    QList<int> heights;
    for (const Promo &promo : std::as_const(m_promos)) {
        heights.append(layOut(styled(promo, header), font(), 0, 0, width, nullptr));
        height += heights.last() + Gap;
    }
    if (m_promos.isEmpty())
        height = 2 * Padding + fontMetrics().height() * 2;
    const QRect box(0, 0, width + 2 * Padding, height);
    painter.fillRect(box, header ? navy : sidebarPaper);
    painter.setPen(header ? navy : sidebarRule);
    painter.drawRect(box.adjusted(0, 0, -1, -1));
    if (m_promos.isEmpty()) {
        painter.setPen(header ? headerText : ink);
        painter.drawText(box.adjusted(Padding, Padding, -Padding, -Padding), Qt::TextWordWrap, m_note);
        return;
    }
    int top = Padding;
    for (int i = 0; i < m_promos.size(); ++i) {
        if (i > 0) {
            painter.setPen(header ? navy.lighter(160) : sidebarRule);
            painter.drawLine(Padding, top - Gap / 2, width + Padding, top - Gap / 2);
        }
        layOut(styled(m_promos.at(i), header), font(), Padding, top, width, &painter);
        top += heights.at(i) + Gap;
    }
}

} // namespace PortalDesk::Ui
