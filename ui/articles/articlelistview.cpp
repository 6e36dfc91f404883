#include "ui/articles/articlelistview.h"

#include "core/store/articlestore.h"
#include "core/store/categorystore.h"
#include "ui/articles/articlelistmodel.h"
#include "ui/ingest/wirecopyimport.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>

namespace PortalDesk::Ui {

namespace {

// Both names of a section, so a bilingual desk recognises it either way.
QString bilingualName(const Section &section)
{
    const QString chinese = section.names.value(Language::ZhHantHK);
    const QString english = section.names.value(Language::En);
    if (chinese.isEmpty() || english.isEmpty() || chinese == english) {
        const QString any = pick(section.names, Language::ZhHantHK);
        return any.isEmpty() ? section.key : any;
    }
    return chinese + QStringLiteral(" · ") + english;
}

QComboBox *filterCombo(const QString &objectName, const QString &allText, const QString &toolTip)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(allText);
    return combo;
}

} // namespace

ArticleListView::ArticleListView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleListModel(this))
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(SearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ArticleListView::applyFilter);

    m_pages = new QStackedWidget;
    m_pages->addWidget(createTable());
    m_pages->addWidget(createEmptyState());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(createPairBar());
    layout->addWidget(m_pages, 1);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    connect(m_model, &ArticleListModel::modelAboutToBeReset, this, &ArticleListView::rememberCurrent);
    connect(m_model, &ArticleListModel::modelReset, this, &ArticleListView::restoreCurrent);
    connect(m_model, &ArticleListModel::countsChanged, this, &ArticleListView::updateEmptyState);
    enableFilters();
    updateEmptyState();
}

QWidget *ArticleListView::createFilterBar()
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search headlines, kickers and bylines"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ArticleListView::applyFilter);
    // Down from the search box goes on to the results, so the keyboard never has to leave.
    new QShortcut(
        QKeySequence(Qt::Key_Down), m_search, this,
        [this] {
            m_table->setFocus(Qt::ShortcutFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, 0));
        },
        Qt::WidgetShortcut);

    m_status
        = filterCombo(QStringLiteral("statusFilter"), tr("All statuses"), tr("Show articles in this status"));
    for (ArticleStatus status : allStatuses())
        m_status->addItem(statusName(status), QVariant::fromValue(int(status)));

    m_section = filterCombo(
        QStringLiteral("sectionFilter"), tr("All sections"), tr("Show articles in this section"));

    m_language = filterCombo(
        QStringLiteral("languageFilter"), tr("All languages"), tr("Show articles in this language"));
    for (Language language : allLanguages())
        m_language->addItem(ArticleListModel::languageName(language), QVariant::fromValue(int(language)));

    for (QComboBox *combo : { m_status, m_section, m_language })
        connect(combo, &QComboBox::currentIndexChanged, this, &ArticleListView::applyFilter);

    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_section);
    layout->addWidget(m_language);
    return bar;
}

QWidget *ArticleListView::createTable()
{
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("articleTable"));
    m_table->setModel(m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { emit currentArticleChanged(currentArticleId()); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    // A header click asks the store for another order; newest change first to begin with.
    m_table->horizontalHeader()->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
    const auto width
        = [this](const QString &sample) { return m_table->fontMetrics().horizontalAdvance(sample) + 24; };
    header->resizeSection(ArticleListModel::SectionColumn, width(QStringLiteral("財經新聞財經新聞")));
    header->resizeSection(ArticleListModel::LanguageColumn, width(tr("Traditional Chinese")));
    header->resizeSection(ArticleListModel::PairColumn, width(QStringLiteral("⇄ EN · 2 edits behind")));
    header->resizeSection(ArticleListModel::StatusColumn, width(tr("In review") + QStringLiteral("MM")));
    header->resizeSection(ArticleListModel::UpdatedColumn, width(QStringLiteral("2026-12-31 23:59")));
    header->resizeSection(ArticleListModel::UpdatedByColumn, width(QStringLiteral("chan.tai.man")));

    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    m_table->viewport()->setAcceptDrops(true);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit articleActivated(index.data(ArticleListModel::ArticleIdRole).toString());
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ArticleListView::showContextMenu);
    createArticleActions();
    return m_table;
}

// Shortcuts of the table alone: Return in the search box still searches.
void ArticleListView::createArticleActions()
{
    const auto add = [this](const QString &text, const QKeySequence &key, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            action->setShortcutVisibleInContextMenu(true);
            m_table->addAction(action);
        }
        return action;
    };
    m_open = add(tr("&Open"), QKeySequence(Qt::Key_Return), "openArticleAction");
    connect(m_open, &QAction::triggered, this, [this] {
        for (const QString &id : selectedArticleIds())
            emit articleActivated(id);
    });
    m_copyId = add(tr("&Copy ID"), {}, "copyArticleIdAction");
    connect(m_copyId, &QAction::triggered, this,
        [this] { QGuiApplication::clipboard()->setText(selectedArticleIds().join(u'\n')); });
    m_moveToTrash = add(tr("Move to &Trash"), QKeySequence::Delete, "moveToTrashAction");
    connect(m_moveToTrash, &QAction::triggered, this, [this] {
        if (const QStringList ids = selectedArticleIds(); !ids.isEmpty() && m_model->database())
            emit trashRequested(ids);
    });
    m_showPair
        = add(tr("Show &Both Versions"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), "showPairAction");
    connect(m_showPair, &QAction::triggered, this, [this] {
        if (!showPairOf(currentArticleId()))
            emit message(tr("This article has no version in another language."));
    });
    m_showTrash = add(tr("Show T&rash…"), {}, "showTrashAction");
    connect(m_showTrash, &QAction::triggered, this, &ArticleListView::trashShown);
}

void ArticleListView::showContextMenu(const QPoint &at)
{
    if (!m_model->database())
        return;
    const bool any = !selectedArticleIds().isEmpty();
    for (QAction *action : { m_open, m_copyId, m_moveToTrash })
        action->setEnabled(any);
    m_showPair->setEnabled(
        !m_table->currentIndex().siblingAtColumn(ArticleListModel::PairColumn).data().toString().isEmpty());
    QMenu menu(this);
    menu.addAction(m_open);
    menu.addAction(m_copyId);
    menu.addAction(m_showPair);
    menu.addSeparator();
    menu.addAction(m_moveToTrash);
    menu.addSeparator();
    menu.addAction(m_showTrash);
    menu.exec(m_table->viewport()->mapToGlobal(at));
    for (QAction *action : { m_open, m_copyId, m_moveToTrash, m_showPair })
        action->setEnabled(true);
}

QWidget *ArticleListView::createEmptyState()
{
    m_emptyTitle = new QLabel;
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_emptyTitle->setFont(titleFont);

    m_emptyDetail = new QLabel;
    m_emptyDetail->setAlignment(Qt::AlignCenter);
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setForegroundRole(QPalette::PlaceholderText);

    auto *open = new QPushButton(tr("Open Database…"));
    auto *create = new QPushButton(tr("New Database…"));
    connect(open, &QPushButton::clicked, this, &ArticleListView::openDatabaseRequested);
    connect(create, &QPushButton::clicked, this, &ArticleListView::newDatabaseRequested);
    m_emptyButtons = new QWidget;
    auto *buttons = new QHBoxLayout(m_emptyButtons);
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch();

    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("emptyState"));
    page->installEventFilter(this); // an empty portal takes dropped wire copy too
    page->setAcceptDrops(true);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(m_emptyTitle);
    layout->addWidget(m_emptyDetail);
    layout->addSpacing(12);
    layout->addWidget(m_emptyButtons);
    layout->addStretch(3);
    return page;
}

bool ArticleListView::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        if (watched == m_table && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
            if (m_model->database())
                emit importRequested(QGuiApplication::clipboard()->mimeData());
            return true;
        }
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        if (m_model->database() && WireCopyImport::canImport(drag->mimeData())) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        if (!m_model->database() || !WireCopyImport::canImport(drop->mimeData()))
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // The import ends in a modal report: let the drop finish (and the drag
        // source hear it did) first. The drag's data is gone by then, so a copy goes.
        auto copy = std::make_shared<QMimeData>();
        for (const QString &format : drop->mimeData()->formats())
            copy->setData(format, drop->mimeData()->data(format));
        QTimer::singleShot(0, this, [this, copy] { emit importRequested(copy.get()); });
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleListView::setDatabase(DatabasePtr database)
{
    if (m_model->database())
        disconnect(m_model->database().get(), nullptr, this, nullptr);
    resetFilters();
    m_pairBar->hide();
    if (database)
        connect(database.get(), &Database::categoriesChanged, this, &ArticleListView::loadSections);
    m_model->setDatabase(std::move(database));
    loadSections();
    enableFilters();
}

void ArticleListView::enableFilters()
{
    for (QWidget *filter : std::initializer_list<QWidget *> { m_search, m_status, m_section, m_language })
        filter->setEnabled(m_model->database() != nullptr);
}

void ArticleListView::resetFilters()
{
    m_searchDelay.stop();
    for (QComboBox *combo : { m_status, m_section, m_language }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blocker(m_search);
    m_search->clear();
}

void ArticleListView::loadSections()
{
    const QString current = m_section->currentData().toString();
    {
        const QSignalBlocker blocker(m_section);
        while (m_section->count() > 1)
            m_section->removeItem(1);
        if (m_model->database()) {
            const auto sections = CategoryStore(m_model->database(), CategoryStore::Kind::Sections).list();
            for (const Section &section : sections.value_or(QList<Section> {}))
                m_section->addItem(bilingualName(section), section.key);
        }
        m_section->setCurrentIndex(std::max(0, m_section->findData(current)));
    }
    if (m_section->currentData().toString() != current)
        applyFilter(); // the section filtered on is gone
}

void ArticleListView::applyFilter()
{
    m_searchDelay.stop();
    if (!m_model->database())
        return;
    ArticleFilter filter;
    if (const QVariant status = m_status->currentData(); status.isValid())
        filter.status = ArticleStatus(status.toInt());
    if (const QVariant language = m_language->currentData(); language.isValid())
        filter.language = Language(language.toInt());
    filter.section = m_section->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_pairBar->hide(); // the filter bar's filters replace a pair's
    m_model->setFilter(filter);
}

QWidget *ArticleListView::createPairBar()
{
    m_pairBar = new QFrame;
    m_pairBar->setObjectName(QStringLiteral("pairBar"));
    m_pairBar->setFrameShape(QFrame::StyledPanel);
    m_pairLabel = new QLabel;
    m_pairLabel->setTextFormat(Qt::PlainText);
    auto *all = new QPushButton(tr("Show &All Articles"));
    all->setObjectName(QStringLiteral("showAllArticles"));
    connect(all, &QPushButton::clicked, this, [this] {
        m_pairBar->hide();
        applyFilter();
    });
    auto *row = new QHBoxLayout(m_pairBar);
    row->setContentsMargins(8, 2, 8, 2);
    row->addWidget(m_pairLabel, 1);
    row->addWidget(all);
    m_pairBar->hide();
    return m_pairBar;
}

bool ArticleListView::showsPair() const
{
    return !m_pairBar->isHidden();
}

bool ArticleListView::showPairOf(const QString &id)
{
    if (!m_model->database())
        return false;
    auto article = ArticleStore(m_model->database()).get(id);
    if (!article || article->translationGroup.isEmpty())
        return false;
    resetFilters();
    ArticleFilter filter;
    filter.translationGroup = article->translationGroup;
    m_model->setFilter(filter);
    m_pairLabel->setText(tr("Both versions of “%1”").arg(article->headline));
    m_pairBar->show();
    return true;
}

QString ArticleListView::currentArticleId() const
{
    return m_table->currentIndex().data(ArticleListModel::ArticleIdRole).toString();
}

QStringList ArticleListView::selectedArticleIds() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids << row.data(ArticleListModel::ArticleIdRole).toString();
    if (ids.isEmpty() && !currentArticleId().isEmpty())
        ids << currentArticleId();
    return ids;
}

void ArticleListView::rememberCurrent()
{
    m_currentBeforeReset = currentArticleId();
}

void ArticleListView::restoreCurrent()
{
    if (m_currentBeforeReset.isEmpty())
        return;
    const QModelIndexList found = m_model->match(
        m_model->index(0, 0), ArticleListModel::ArticleIdRole, m_currentBeforeReset, 1, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_table->setCurrentIndex(found.first());
        m_table->scrollTo(found.first());
    }
    m_currentBeforeReset.clear();
}

void ArticleListView::updateEmptyState()
{
    const bool open = m_model->database() != nullptr;
    if (open && m_model->matchingCount() > 0) {
        m_pages->setCurrentWidget(m_table);
        return;
    }
    if (!open) {
        m_emptyTitle->setText(tr("No database is open"));
        m_emptyDetail->setText(
            tr("Open a portal database to see its articles, or create a new one to start from scratch."));
    } else if (m_model->isFiltered()) {
        m_emptyTitle->setText(tr("No articles match"));
        m_emptyDetail->setText(tr("Try other words, or set the filters back to “All”."));
    } else {
        m_emptyTitle->setText(tr("No articles yet"));
        m_emptyDetail->setText(
            tr("This database has no articles. Articles you write or import will show here."));
    }
    m_emptyButtons->setVisible(!open);
    m_pages->setCurrentIndex(1);
}

QByteArray ArticleListView::saveState() const
{
    return m_table->horizontalHeader()->saveState();
}

void ArticleListView::restoreState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.isEmpty() && header->restoreState(state))
        header->setSectionResizeMode(ArticleListModel::HeadlineColumn, QHeaderView::Stretch);
}

} // namespace PortalDesk::Ui
