// How the editor holds up on the largest article it takes (issue 19: "the editor stays
// responsive when such an article is opened"): a body at the 1,000,000-character limit,
// Chinese with headings, lists, links and English. Prints numbers, asserts none.
//
//   cmake --build build --target editor_bench
//   QT_QPA_PLATFORM=offscreen build/bin/editor_bench [CHARACTERS]
//
// The longest the GUI thread spends on one round of its events is the longest the window
// could not answer the user. It runs through opening, typing a
// character every 40 ms for eight seconds (the lint's re-check and the recovery file's
// autosave fire between keystrokes, as they do for a real typist), going to the end and back,
// and saving.

#include "core/content/article.h"
#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "core/store/database.h"
#include "core/store/recoverystore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/articleeditor.h"
#include "ui/editor/articlelint.h"
#include "ui/editor/bodyeditor.h"
#include "ui/settings/housestyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace PortalDesk;
using namespace PortalDesk::Ui;

namespace {

QString hugeBody(qsizetype characters)
{
    const QString sentence = QStringLiteral(
        "政府今日公布最新經濟數據，本港第三季本地生產總值按年實質上升百分之二點八，較上一季加快。");
    QString body;
    body.reserve(characters + 200);
    for (int part = 0; body.size() < characters; ++part) {
        QString paragraph;
        if (part % 20 == 0)
            paragraph = QStringLiteral("## 第%1節 分析").arg(part / 20 + 1);
        else if (part % 7 == 0)
            paragraph = QStringLiteral("- 出口：%1 億元\n- 進口：%2 億元").arg(part).arg(part * 2);
        else
            paragraph = sentence.repeated(3)
                + QStringLiteral("見 [統計處](https://www.censtatd.gov.hk/%1) 的 **GDP** 報告。").arg(part);
        body += paragraph + u"\n\n";
    }
    body.truncate(characters);
    return body;
}

// Runs the event loop for `milliseconds`; returns the longest the GUI thread spent on one
// event (a timer's re-check, a repaint), that is the longest the window could not answer.
qint64 runFor(int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    qint64 longest = 0;
    while (clock.elapsed() < milliseconds) {
        QElapsedTimer one;
        one.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, one.elapsed());
        QThread::msleep(1);
    }
    return longest;
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values[std::min(values.size() - 1, size_t(p * double(values.size())))]);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it comes, through a pipe too
    const qsizetype characters = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 999'000;

    QTemporaryDir folder;
    auto database = Database::open(folder.filePath(QStringLiteral("portal.sqlite")));
    if (!database) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(database.error().message));
        return 1;
    }
    (*database)->setUserName(QStringLiteral("bench"));
    CategoryStore(*database, CategoryStore::Kind::Sections)
        .put({ QStringLiteral("finance"),
            { { Language::ZhHantHK, QStringLiteral("財經") }, { Language::En, QStringLiteral("Finance") } },
            1 });
    Article article;
    article.headline = QStringLiteral("第三季經濟數據");
    article.language = Language::ZhHantHK;
    article.section = QStringLiteral("finance");
    article.body = hugeBody(characters);
    auto stored = ArticleStore(*database).create(article);
    if (!stored) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(stored.error().error.message));
        return 1;
    }
    std::printf("body: %lld characters, %lld paragraphs\n", qlonglong(stored->body.size()),
        qlonglong(stored->body.count(QStringLiteral("\n\n")) + 1));

    QElapsedTimer clock;
    clock.start();
    const QList<ArticleFinding> findings
        = ArticleLint::findings(*stored, HouseStyle::lintOptions(Language::ZhHantHK));
    std::printf("lint: %lld findings in %lld ms\n", qlonglong(findings.size()), qlonglong(clock.elapsed()));

    clock.restart();
    auto *document = new ArticleDocument(*database);
    document->setRecoveryStore(std::make_shared<RecoveryStore>(folder.filePath(QStringLiteral("recovery"))));
    document->load(*stored);
    ArticleEditor editor(document);
    editor.resize(1280, 800);
    editor.show();
    QCoreApplication::processEvents();
    const qint64 opened = clock.elapsed();
    const qint64 settling = runFor(1500); // the first lint check and layout
    std::printf("open: %lld ms until shown; then the longest event %lld ms\n", qlonglong(opened),
        qlonglong(settling));

    QPlainTextEdit *text = editor.bodyEditor()->textEdit();
    text->setFocus();
    QTextCursor cursor = text->textCursor();
    cursor.setPosition(int(text->document()->characterCount() / 2));
    text->setTextCursor(cursor);

    std::vector<qint64> keys;
    qint64 longest = 0;
    QElapsedTimer typing;
    typing.start();
    int typed = 0;
    while (typing.elapsed() < 8000) {
        QElapsedTimer key;
        key.start();
        QInputMethodEvent event;
        event.setCommitString(typed % 10 == 9 ? QStringLiteral("。") : QStringLiteral("字"));
        QCoreApplication::sendEvent(text, &event);
        QCoreApplication::processEvents();
        keys.push_back(key.elapsed());
        ++typed;
        longest = std::max(longest, runFor(40));
    }
    longest = std::max(longest, runFor(2500)); // the last re-check and autosave
    std::printf("typing %d characters mid-body, one each 40 ms: a key p50 %.0f / p95 %.0f / max %.0f ms; "
                "the longest event between keys %lld ms (re-check, autosave)\n",
        typed, percentile(keys, 0.5), percentile(keys, 0.95), percentile(keys, 1.0), qlonglong(longest));

    clock.restart();
    text->moveCursor(QTextCursor::End);
    text->ensureCursorVisible();
    QCoreApplication::processEvents();
    text->moveCursor(QTextCursor::Start);
    text->ensureCursorVisible();
    QCoreApplication::processEvents();
    std::printf("to the end and back: %lld ms\n", qlonglong(clock.elapsed()));

    clock.restart();
    const Status saved = document->save();
    QCoreApplication::processEvents();
    std::printf("save: %lld ms (%s)\n", qlonglong(clock.elapsed()),
        saved ? "saved" : qUtf8Printable(saved.error().message));
    return 0;
}
