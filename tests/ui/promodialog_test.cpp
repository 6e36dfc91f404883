#include "core/store/articlestore.h"
#include "ui/promos/promodialog.h"
#include "uitesting.h"

#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

Promo sidebarPromo()
{
    Promo promo;
    promo.slot = QStringLiteral("sidebar.feature");
    promo.kicker = QStringLiteral("與拍賣官看藝術");
    promo.text = QStringLiteral("畢加索的市場潛能有多強？");
    promo.callToAction = QStringLiteral("► 即睇");
    promo.link = QStringLiteral("https://example.com/picasso");
    return promo;
}

} // namespace

TEST_CASE("the promo dialog refuses a javascript: link and names the field", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    Promo promo = sidebarPromo();
    promo.link = QStringLiteral("javascript:alert(1)");
    PromoDialog dialog(portal.database, promo);
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(dialog.errorText().startsWith(QStringLiteral("Link: ")));

    promo.link = QStringLiteral("http://example.com/plain");
    PromoDialog plain(portal.database, promo);
    plain.accept();
    CHECK(plain.errorText().contains(QStringLiteral("https://")));
}

TEST_CASE("the promo dialog accepts a valid promo and returns what was typed", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    auto article = ArticleStore(portal.database).create(Testing::article(QStringLiteral("畢加索的市場潛能")));
    REQUIRE(article);
    Promo promo = sidebarPromo();
    promo.link = QStringLiteral("article:") + article->id;
    promo.startsAt = QDateTime(QDate(2024, 10, 1), QTime(0, 0), Qt::UTC);
    PromoDialog dialog(portal.database, promo);
    dialog.show();
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.errorText().isEmpty());
    CHECK(dialog.promo() == promo); // the schedule survives the round trip through Hong Kong time
}

TEST_CASE("the promo dialog warns as soon as the text is too wide for the slot", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    PromoDialog dialog(portal.database, sidebarPromo());
    CHECK(dialog.widthWarning().isEmpty());
    QLineEdit *text = nullptr;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->text() == sidebarPromo().text)
            text = edit;
    }
    REQUIRE(text);
    text->setText(QStringLiteral("畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？拍賣官話你知今季最值得留意的三件作品"));
    CHECK(dialog.widthWarning().contains(QStringLiteral("88")));
    CHECK(dialog.widthWarning().contains(QStringLiteral("72")));
}
