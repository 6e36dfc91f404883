// What a role may not do is off in the window, with the reason, when a reporter signs in to
// the newsroom server (the test server scripts/test starts; skipped in a bare run): Publish
// and Schedule in their own draft's editor, a colleague's article read-only, the promo board,
// Sections and Columns, the portal's settings. The server refuses the same (core_store_tests).

#include "core/store/articlestore.h"
#include "core/store/newsroom.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/editlockbar.h"
#include "ui/editor/editortabs.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/promos/promoboard.h"
#include "ui/settings/settingsdialog.h"
#include "uitesting.h"

#include <QAction>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

void asAdmin(const QString &sql)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("roles-test-admin"));
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(qEnvironmentVariable("PORTALDESK_TEST_PG_PORT").toInt());
        db.setUserName(qEnvironmentVariable("PORTALDESK_TEST_PG_USER"));
        db.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(db.open());
        QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roles-test-admin"));
}

QPushButton *buttonNamed(QWidget *root, const QString &text)
{
    for (QPushButton *button : root->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text && !button->isHidden())
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("a reporter's window turns off what their role may not do and says why", "[ui][roles]")
{
    const QString port = qEnvironmentVariable("PORTALDESK_TEST_PG_PORT");
    if (port.isEmpty())
        return; // scripts/test starts the server
    Testing::TemporarySettings settings;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    const QString database = QStringLiteral("pd_ui_roles_") + pid;
    const QString reporter = QStringLiteral("uirep") + pid;
    const QString colleague = QStringLiteral("uirep2_") + pid;
    asAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
    asAdmin(QStringLiteral("CREATE DATABASE %1").arg(database));
    const QString owner = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                              .arg(qEnvironmentVariable("PORTALDESK_TEST_PG_USER"), port, database);
    const auto login = [&](const QString &user) {
        QUrl url(owner);
        url.setUserName(user);
        url.setPassword(QStringLiteral("reporter-pass-1"));
        return url.toString(QUrl::FullyEncoded);
    };
    QString colleaguesId;
    QString ownId;
    {
        auto opened = Database::open(owner);
        REQUIRE(opened.has_value());
        Newsroom newsroom(*opened);
        REQUIRE(newsroom
                    .init(QStringLiteral("uichief") + pid, QStringLiteral("陳總編"),
                        QStringLiteral("chief-pass-1"))
                    .has_value());
        REQUIRE(newsroom
                    .addPerson(
                        reporter, QStringLiteral("李小明"), Role::Reporter, QStringLiteral("reporter-pass-1"))
                    .has_value());
        REQUIRE(newsroom
                    .addPerson(colleague, QStringLiteral("張記者"), Role::Reporter,
                        QStringLiteral("reporter-pass-1"))
                    .has_value());
        auto theirs = Database::open(login(colleague));
        REQUIRE(theirs.has_value());
        colleaguesId = ArticleStore(*theirs)
                           .create(Testing::article(
                               QStringLiteral("同事的稿"), Language::ZhHantHK, ArticleStatus::Draft, {}))
                           ->id;
        auto mine = Database::open(login(reporter));
        REQUIRE(mine.has_value());
        ownId = ArticleStore(*mine)
                    .create(Testing::article(
                        QStringLiteral("自己的稿"), Language::ZhHantHK, ArticleStatus::Draft, {}))
                    ->id;
    }

    {
        MainWindow window;
        REQUIRE(window.openDatabase(login(reporter)));
        // Promos and sections are not a reporter's.
        auto *board = window.findChild<PromoBoard *>();
        REQUIRE(board);
        CHECK(board->warning().contains(QStringLiteral("As a reporter you cannot change promos")));
        QAction *sections = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().remove(u'&').startsWith(u"Sections and Columns"))
                sections = action;
        }
        REQUIRE(sections);
        CHECK_FALSE(sections->isEnabled());
        CHECK(sections->statusTip().contains(QStringLiteral("chief editor")));

        // Their own draft: editable, but Publish is off and says who publishes.
        ArticleEditor *own = window.editorTabs()->openArticle(ownId);
        REQUIRE(own);
        CHECK_FALSE(own->isReadOnly());
        QPushButton *publish = buttonNamed(own, QStringLiteral("Publish"));
        REQUIRE(publish);
        CHECK_FALSE(publish->isEnabled());
        CHECK(publish->toolTip().contains(QStringLiteral("sub-editor schedules and publishes")));
        QPushButton *submit = buttonNamed(own, QStringLiteral("Submit for Review"));
        if (submit)
            CHECK(submit->isEnabled());

        // A colleague's draft: read-only, with the reason, and no lock taken.
        ArticleEditor *theirs = window.editorTabs()->openArticle(colleaguesId);
        REQUIRE(theirs);
        CHECK(theirs->isReadOnly());
        CHECK(theirs->lockBar()->state() == EditLockBar::State::NotAllowed);
        CHECK(theirs->lockBar()->text().contains(QStringLiteral("this one is %1's").arg(colleague)));
        CHECK_FALSE(EditLocks(window.database()).holder(colleaguesId).value().has_value());

        // The portal's settings are the chief editor's.
        SettingsDialog dialog(window.database());
        bool disabledGroup = false;
        for (QGroupBox *group : dialog.findChildren<QGroupBox *>()) {
            if (!group->isEnabled() && group->toolTip().contains(QStringLiteral("chief editor")))
                disabledGroup = true;
        }
        CHECK(disabledGroup);
    }
    asAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}
