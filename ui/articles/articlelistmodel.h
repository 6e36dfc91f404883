#pragma once

// The articles of one portal database as a table, newest change first unless
// sorted by another column; the store sorts, so sorting loads no more rows.
// Rows arrive in pages as the view scrolls, so a newsroom
// archive of 100,000 articles opens as fast as a demo portal. Reloads itself
// when the database announces that articles, sections or portal settings changed.
// An article a colleague has open to edit carries a lock mark (core/store/editlocks.h).

#include "core/store/articlestore.h"
#include "core/store/editlocks.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>
#include <QTimer>
#include <optional>

namespace PortalDesk::Ui {

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        HeadlineColumn,
        SectionColumn,
        LanguageColumn,
        PairColumn, // "⇄ EN": the article's translation partner, and how far a translation is behind
        StatusColumn,
        UpdatedColumn,
        UpdatedByColumn,
        ColumnCount
    };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        LockRole, // "陳大文 is editing since 10:42 (desk-pc-3)"; empty when nobody else edits it
    };
    static constexpr int PageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    // Starts unfiltered, since filters name one database's sections. nullptr
    // closes: the model becomes empty.
    void setDatabase(DatabasePtr database);
    DatabasePtr database() const { return m_database; }

    void setFilter(const ArticleFilter &filter);
    const ArticleFilter &filter() const { return m_filter; }
    bool isFiltered() const;
    const ArticleOrder &order() const { return m_order; }

    int matchingCount() const { return m_matching; } // rows the filter matches, loaded or not
    int totalCount() const { return m_total; } // every article in the database

    std::optional<ArticleSummary> summary(const QString &id) const; // among the loaded rows
    QString lockText(const QString &id) const; // see LockRole
    QString sectionName(const QString &key, Language language) const;
    QString formatTime(const QDateTime &utc) const; // in the portal's time zone
    // The state readers get now: "Scheduled for 2026-12-02 18:00 HKT", never "Published"
    // for a story whose time is still ahead (see shownStatusText).
    QString statusText(const ArticleSummary &row) const;
    static QString languageName(Language language);
    // "⇄ EN", "⇄ 繁 · 2 edits behind"; empty for an article without a partner.
    static QString pairText(const ArticleSummary &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Asks the store for the rows in the new order, from the top.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void reload();

signals:
    void countsChanged();
    void loadFailed(const QString &message);

private:
    void loadPortal();
    void loadSections();
    void loadLocks();
    QList<ArticleSummary> fetchPage(int limit); // after m_last, which it moves on

    DatabasePtr m_database;
    std::optional<ArticleStore> m_store;
    QHash<QString, EditLock> m_locks; // colleagues' locks only
    ArticleFilter m_filter;
    ArticleOrder m_order;
    bool m_fromTop = false;
    QList<ArticleSummary> m_rows;
    std::optional<ArticleCursor> m_last; // where the loaded rows end
    int m_matching = 0;
    int m_total = 0;
    QHash<QString, LocalizedText> m_sectionNames;
    QTimeZone m_zone;
    QTimer m_reloadDelay; // folds a burst of change signals (an import) into one reload
};

} // namespace PortalDesk::Ui
