#include "core/store/articlestore.h"
#include "ui/promos/promodialog.h"
#include "uitesting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
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
    text->setText(QStringLiteral(
        "畢加索的市場潛能有多強？亞洲收藏家如何從新角度鑑賞？拍賣官話你知今季最值得留意的三件作品"));
    CHECK(dialog.widthWarning().contains(QStringLiteral("88")));
    CHECK(dialog.widthWarning().contains(QStringLiteral("72")));
}

TEST_CASE("the promo dialog shows the typography of every text as it is typed, without stopping OK",
    "[ui][promos][lint]")
{
    auto portal = Testing::seededPortal();
    Promo promo = sidebarPromo();
    promo.text = QStringLiteral("畢加索的市場潛能有多強?");
    PromoDialog dialog(portal.database, promo);
    QStringList found;
    for (const LintFinding &finding : dialog.findings())
        found.append(finding.fieldKey + u':' + finding.rule);
    CHECK(found
        == QStringList {
            QStringLiteral("text:punct.halfwidth"), QStringLiteral("call_to_action:word.cantonese") });
    CHECK(dialog.findingsText().contains(QStringLiteral("Call to action, column 4: ")));

    auto *kicker = dialog.findChild<QLineEdit *>(QStringLiteral("simplifiedKicker"));
    auto *callToAction = dialog.findChild<QLineEdit *>(QStringLiteral("simplifiedCallToAction"));
    REQUIRE(kicker);
    REQUIRE(callToAction);
    // The conversion shows while the 简 text is empty.
    CHECK(kicker->placeholderText() == u"与拍卖官看艺术");
    callToAction->setText(QStringLiteral("► 立即查看"));
    CHECK(dialog.findings().size() == 1); // the 简 edition no longer reads 即睇
    CHECK(dialog.promo().simplifiedOverride.callToAction == u"► 立即查看");

    dialog.accept(); // findings never block
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("the promo dialog keeps a promo's own Simplified texts, for zh-Hant-HK only", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    Promo promo = sidebarPromo();
    promo.simplifiedOverride.text = QStringLiteral("毕加索作品的市场有多大？");
    PromoDialog dialog(portal.database, promo);
    CHECK(dialog.promo() == promo);
    auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("simplifiedText"));
    auto *kicker = dialog.findChild<QLineEdit *>(QStringLiteral("simplifiedKicker"));
    REQUIRE(text);
    REQUIRE(kicker);
    auto *language = dialog.findChild<QComboBox *>();
    REQUIRE(language);
    language->setCurrentIndex(language->findData(int(Language::En)));
    CHECK_FALSE(kicker->isEnabled());
    CHECK(text->isEnabled()); // what was typed stays reachable …
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // … and is not dropped silently
    CHECK(dialog.errorText().startsWith(QStringLiteral("简 texts: ")));
}

TEST_CASE(
    "Choose Article shows each article's state and asks before linking to an unpublished one", "[ui][promos]")
{
    auto portal = Testing::seededPortal();
    const Article draft = *ArticleStore(portal.database)
                               .create(Testing::article(
                                   QStringLiteral("草稿一篇"), Language::ZhHantHK, ArticleStatus::Draft));
    PromoDialog dialog(portal.database, sidebarPromo());
    dialog.show();
    QPushButton *choose = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"Choose &Article…")
            choose = button;
    }
    REQUIRE(choose);
    QLineEdit *link = nullptr;
    for (QLineEdit *line : dialog.findChildren<QLineEdit *>()) {
        if (line->text() == u"https://example.com/picasso")
            link = line;
    }
    REQUIRE(link);

    for (const bool linkAnyway : { false, true }) {
        QString listed;
        QString asked;
        Testing::answerModal([&](QWidget *picker) {
            auto *list = picker->findChild<QListWidget *>();
            REQUIRE(list);
            REQUIRE(list->count() == 1);
            listed = list->item(0)->text();
            Testing::answerModal([&](QWidget *question) {
                auto *box = qobject_cast<QMessageBox *>(question);
                REQUIRE(box);
                asked = box->text();
                for (QAbstractButton *button : box->buttons()) {
                    if ((button->text() == u"&Link Anyway") == linkAnyway
                        && box->buttonRole(button) != QMessageBox::InvalidRole)
                        button->click();
                }
            });
            picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        choose->click();
        CHECK(listed.startsWith(u"草稿一篇 ("));
        CHECK(listed.endsWith(u") · Draft"));
        CHECK(asked == u"“草稿一篇” is not published (Draft).");
        CHECK(link->text() == (linkAnyway ? u"article:" + draft.id : u"https://example.com/picasso"_qs));
    }
}

TEST_CASE("the promo dialog and the article form show a look-alike host in punycode", "[ui][promos][links]")
{
    auto portal = Testing::seededPortal();
    Promo promo = sidebarPromo();
    promo.link = QStringLiteral("https://p\u0430ypal.com/offer"); // a Cyrillic а
    PromoDialog dialog(portal.database, promo);
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().startsWith(u"Look twice"))
            note = label;
    }
    REQUIRE(note);
    CHECK(note->text().contains(u"xn--pypal-"));
    dialog.findChild<QLineEdit *>(QStringLiteral("promoLink"))
        ->setText(QStringLiteral("https://paypal.com/"));
    CHECK_FALSE(note->text().contains(u"xn--"));
}
