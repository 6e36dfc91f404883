#pragma once

// A drawn likeness of a slot as the default theme sets it: the sidebar's warm
// promo box or the header's navy product strip, one promo a line, kicker and
// call to action in the theme's accent, wrapped at the slot's width. Plain
// widget painting: the real page comes from core's renderer in the preview dock.

#include "core/content/promo.h"

#include <QWidget>

namespace PortalDesk::Ui {

class SlotPreview : public QWidget
{
    Q_OBJECT

public:
    explicit SlotPreview(QWidget *parent = nullptr);

    // `promos` as the edition shows them, in order; `note` replaces an empty box.
    void setSlot(const QString &slot, const QList<Promo> &promos, const QString &note);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int boxTextWidth() const;
    bool isHeader() const;

    QString m_slot;
    QList<Promo> m_promos;
    QString m_note;
};

} // namespace PortalDesk::Ui
