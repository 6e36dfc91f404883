#include "ui/articles/articlelistmodel.h"

#include "core/store/categorystore.h"
#include "core/store/portalstore.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace PortalDesk::Ui {

namespace {

const QTimeZone &hongKong()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Hong_Kong"));
    return zone;
}

} // namespace

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_zone(hongKong())
{
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(0);
    connect(&m_reloadDelay, &QTimer::timeout, this, &ArticleListModel::reload);
}

void ArticleListModel::setDatabase(DatabasePtr database)
{
    if (m_database)
        disconnect(m_database.get(), nullptr, this, nullptr);
    m_database = std::move(database);
    m_store.reset();
    m_filter = {};
    m_sectionNames.clear();
    m_zone = hongKong();
    if (m_database) {
        m_store.emplace(m_database);
        connect(m_database.get(), &Database::articlesChanged, this, [this] { m_reloadDelay.start(); });
        connect(m_database.get(), &Database::categoriesChanged, this, [this] {
            loadSections();
            if (m_order.key == ArticleOrder::Key::Section)
                m_reloadDelay.start(); // the sections' order is the rows' order
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, SectionColumn), index(rowCount() - 1, SectionColumn));
        });
        connect(m_database.get(), &Database::portalChanged, this, [this] {
            loadPortal();
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, UpdatedColumn), index(rowCount() - 1, UpdatedColumn));
        });
        connect(m_database.get(), &Database::locksChanged, this, &ArticleListModel::loadLocks);
        loadPortal();
        loadSections();
    }
    loadLocks();
    reload();
}

void ArticleListModel::loadLocks()
{
    QHash<QString, EditLock> locks;
    if (m_database) {
        for (const EditLock &lock : EditLocks(m_database).all().value_or(QHash<QString, EditLock> {})) {
            if (!lock.mine)
                locks.insert(lock.articleId, lock);
        }
    }
    if (m_locks == locks)
        return;
    m_locks = locks;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, HeadlineColumn), index(rowCount() - 1, HeadlineColumn),
            { Qt::DecorationRole, Qt::ToolTipRole, LockRole });
}

QString ArticleListModel::lockText(const QString &id) const
{
    const auto lock = m_locks.constFind(id);
    if (lock == m_locks.cend())
        return {};
    return tr("%1 is editing since %2 (%3)")
        .arg(lock->name, QLocale().toString(lock->since.toTimeZone(m_zone).time(), QLocale::ShortFormat),
            lock->host);
}

namespace {

// A small padlock, drawn so it needs no icon theme.
QIcon lockIcon()
{
    static const QIcon icon = [] {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor ink(0x8a, 0x5a, 0x00);
        painter.setPen(QPen(ink, 3.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawArc(QRectF(9, 3, 14, 16), 0, 180 * 16);
        painter.drawLine(QPointF(9, 11), QPointF(9, 15));
        painter.drawLine(QPointF(23, 11), QPointF(23, 15));
        painter.setPen(Qt::NoPen);
        painter.setBrush(ink);
        painter.drawRoundedRect(QRectF(5, 14, 22, 16), 3, 3);
        return QIcon(pixmap);
    }();
    return icon;
}

} // namespace

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    reload();
}

bool ArticleListModel::isFiltered() const
{
    return m_filter.status || m_filter.language || !m_filter.section.isEmpty()
        || !m_filter.text.trimmed().isEmpty();
}

void ArticleListModel::reload()
{
    m_reloadDelay.stop();
    // Keep as many rows as the view had already pulled in, so a reload after a
    // save does not throw the reader back to the top of a long list.
    const int wanted = m_fromTop ? PageSize : std::max<int>(PageSize, m_rows.size());
    beginResetModel();
    m_rows.clear();
    m_last.reset();
    m_matching = 0;
    m_total = 0;
    if (m_store) {
        const auto total = m_store->count();
        const auto matching = isFiltered() ? m_store->count(m_filter) : total;
        if (!total || !matching) {
            emit loadFailed((total ? matching : total).error().text());
        } else {
            m_total = *total;
            m_matching = *matching;
            m_rows = fetchPage(wanted);
        }
    }
    endResetModel();
    emit countsChanged();
}

QList<ArticleSummary> ArticleListModel::fetchPage(int limit)
{
    auto page = m_store->page(m_filter, m_order, m_last, limit);
    if (!page) {
        emit loadFailed(page.error().text());
        m_matching = int(m_rows.size()); // stop asking for more until the next reload
        return {};
    }
    if (page->last)
        m_last = page->last;
    return page->rows;
}

void ArticleListModel::loadPortal()
{
    m_zone = hongKong();
    if (auto portal = PortalStore(m_database).get())
        m_zone = portal->zone();
}

void ArticleListModel::loadSections()
{
    m_sectionNames.clear();
    auto sections = CategoryStore(m_database, CategoryStore::Kind::Sections).list();
    if (!sections) {
        emit loadFailed(sections.error().text());
        return;
    }
    for (const Section &section : std::as_const(*sections))
        m_sectionNames.insert(section.key, section.names);
}

std::optional<ArticleSummary> ArticleListModel::summary(const QString &id) const
{
    for (const ArticleSummary &row : m_rows) {
        if (row.id == id)
            return row;
    }
    return std::nullopt;
}

QString ArticleListModel::sectionName(const QString &key, Language language) const
{
    const auto names = m_sectionNames.constFind(key);
    if (names == m_sectionNames.cend())
        return key;
    const QString name = pick(*names, language);
    return name.isEmpty() ? key : name;
}

QString ArticleListModel::statusText(const ArticleSummary &row) const
{
    return shownStatusText(
        row.status, row.publishAt, row.embargoUntil, QDateTime::currentDateTimeUtc(), m_zone);
}

QString ArticleListModel::formatTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ArticleListModel::languageName(Language language)
{
    return PortalDesk::languageName(language);
}

QString ArticleListModel::pairText(const ArticleSummary &row)
{
    if (!row.partnerLanguage)
        return {};
    // Short marks every Hong Kong desk reads, in either interface language.
    const QString mark = *row.partnerLanguage == Language::En ? QStringLiteral("EN")
        : *row.partnerLanguage == Language::ZhHans            ? QStringLiteral("简")
                                                              : QStringLiteral("繁");
    const QString pair = QStringLiteral("⇄ ") + mark;
    if (row.behind == 0)
        return pair;
    return row.behind == 1 ? tr("%1 · 1 edit behind").arg(pair)
                           : tr("%1 · %2 edits behind").arg(pair).arg(row.behind);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &row = m_rows.at(index.row());
    if (role == ArticleIdRole)
        return row.id;
    if (role == LockRole)
        return lockText(row.id);
    if (role == Qt::DecorationRole && index.column() == HeadlineColumn && m_locks.contains(row.id))
        return lockIcon();
    if (role == Qt::ForegroundRole && index.column() == PairColumn && row.behind > 0)
        return QColor(0xb2, 0x4c, 0x00); // behind: worth a look, not an error
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HeadlineColumn:
            return row.headline;
        case SectionColumn:
            return sectionName(row.section, row.language);
        case LanguageColumn:
            return languageName(row.language);
        case PairColumn:
            return pairText(row);
        case StatusColumn:
            return statusText(row);
        case UpdatedColumn:
            return formatTime(row.updatedAt);
        case UpdatedByColumn:
            return row.updatedBy;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HeadlineColumn: {
            const QString lock = lockText(row.id);
            return lock.isEmpty() ? row.headline : row.headline + u'\n' + lock;
        }
        case PairColumn:
            if (!row.partnerLanguage)
                return {};
            return row.behind > 0
                ? tr("This translation is %n edit(s) behind its original; open it to see what changed.",
                    nullptr, row.behind)
                : tr("Paired with its version in %1").arg(languageName(*row.partnerLanguage));
        case UpdatedColumn:
            return tr("%1 (%2), version %3")
                .arg(formatTime(row.updatedAt), QString::fromUtf8(m_zone.id()))
                .arg(row.version);
        }
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeadlineColumn:
        return tr("Headline");
    case SectionColumn:
        return tr("Section");
    case LanguageColumn:
        return tr("Language");
    case PairColumn:
        return tr("Pair");
    case StatusColumn:
        return tr("Status");
    case UpdatedColumn:
        return tr("Updated");
    case UpdatedByColumn:
        return tr("Updated by");
    }
    return {};
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ArticleOrder::Key> keys { { HeadlineColumn, ArticleOrder::Key::Headline },
        { SectionColumn, ArticleOrder::Key::Section }, { LanguageColumn, ArticleOrder::Key::Language },
        { StatusColumn, ArticleOrder::Key::Status }, { UpdatedColumn, ArticleOrder::Key::Updated },
        { UpdatedByColumn, ArticleOrder::Key::UpdatedBy } };
    const ArticleOrder wanted { keys.value(column, ArticleOrder::Key::Updated),
        order == Qt::DescendingOrder };
    if (wanted.key == m_order.key && wanted.descending == m_order.descending)
        return;
    m_order = wanted;
    // From the top in the new order: how far the reader had scrolled says nothing now.
    m_fromTop = true;
    reload();
    m_fromTop = false;
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_matching;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = int(m_rows.size());
    const QList<ArticleSummary> page = fetchPage(std::min(PageSize, m_matching - offset));
    if (page.isEmpty()) {
        // Someone removed articles since the count: stop here until the reload they cause.
        m_matching = offset;
        emit countsChanged();
        return;
    }
    beginInsertRows({}, offset, offset + int(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

} // namespace PortalDesk::Ui
