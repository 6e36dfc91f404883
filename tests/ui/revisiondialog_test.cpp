#include "core/store/articlestore.h"
#include "ui/editor/revisiondialog.h"
#include "uitesting.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

// The text of the view with removed runs as [-…-] and added runs as {+…+}.
QString marked(const QPlainTextEdit *view)
{
    QString out;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.fontStrikeOut())
                out += QStringLiteral("[-") + fragment.text() + QStringLiteral("-]");
            else if (format.fontUnderline())
                out += QStringLiteral("{+") + fragment.text() + QStringLiteral("+}");
            else
                out += fragment.text();
        }
        out += u'\n';
    }
    return out;
}

} // namespace

TEST_CASE(
    "History shows what a version changed, in words and characters, and compares any two", "[ui][editor]")
{
    auto portal = Testing::seededPortal();
    ArticleStore store(portal.database);
    Article article = Testing::article(QStringLiteral("恒指半日升 200 點"));
    article.body = QStringLiteral("The central bank held rates.");
    article = store.create(article).value(); // version 1
    article.headline = QStringLiteral("恒指全日升 200 點");
    article = store.save(article).value(); // version 2
    article.body = QStringLiteral("The central bank raised rates.");
    article = store.save(article).value(); // version 3

    RevisionDialog dialog(portal.database, article.id, QTimeZone("Asia/Hong_Kong"));
    auto *list = dialog.findChild<QTreeWidget *>();
    auto *text = dialog.findChild<QPlainTextEdit *>();
    REQUIRE(list);
    REQUIRE(text);
    REQUIRE(list->topLevelItemCount() == 3);

    // The newest, against the one before: a word in the body.
    list->setCurrentItem(list->topLevelItem(0));
    CHECK(marked(text).contains(QStringLiteral("The central bank [-held-]{+raised+} rates.")));
    CHECK_FALSE(marked(text).contains(QStringLiteral("[-半")));
    QString heading;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        heading += label->text();
    CHECK(heading.contains(QStringLiteral("Changes from version 2")));

    // Version 2, against version 1: one character of the headline.
    list->setCurrentItem(list->topLevelItem(1));
    CHECK(marked(text).contains(QStringLiteral("恒指[-半-]{+全+}日升 200 點")));

    // Versions 3 and 1 together: both changes.
    list->topLevelItem(0)->setSelected(true);
    REQUIRE(dialog.selectedRows() == QList<int> { 0, 1 });
    list->topLevelItem(1)->setSelected(false);
    list->topLevelItem(2)->setSelected(true);
    REQUIRE(dialog.selectedRows() == QList<int> { 0, 2 });
    const QString both = marked(text);
    CHECK(both.contains(QStringLiteral("[-半-]{+全+}")));
    CHECK(both.contains(QStringLiteral("[-held-]{+raised+}")));
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text().startsWith(u"Restore"))
            CHECK_FALSE(button->isEnabled()); // one version at a time
    }

    // Without changes marked, the version's own text.
    dialog.findChild<QCheckBox *>()->setChecked(false);
    CHECK_FALSE(marked(text).contains(QStringLiteral("[-")));
    CHECK(text->toPlainText().contains(QStringLiteral("The central bank raised rates.")));
}
