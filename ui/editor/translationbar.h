#pragma once

// The bar over a translation whose original changed after the translation was last
// brought up to date (core/store/translationpairs.h): "Behind its original by 2 edits",
// who brought it up to date when, with Show Changes and Mark Up to Date. Hidden for an
// original, an unpaired article, and a translation that has caught up. It follows the
// store: a colleague's save of the original shows here without reopening.

#include "core/store/translationpairs.h"

#include <QFrame>
#include <QTimeZone>
#include <QTimer>
#include <optional>

class QLabel;
class QPushButton;

namespace PortalDesk::Ui {

class ArticleDocument;

class TranslationBar : public QFrame
{
    Q_OBJECT

public:
    explicit TranslationBar(ArticleDocument *document, const QTimeZone &zone, QWidget *parent = nullptr);

    // The article's link to its original, as last read; none when it is not a translation.
    const std::optional<TranslationLink> &link() const { return m_link; }
    QString text() const;
    QPushButton *showChangesButton() const { return m_showChanges; }
    QPushButton *markUpToDateButton() const { return m_markUpToDate; }

    void refresh();
    void markUpToDate();

signals:
    void showChangesRequested();
    void message(const QString &text);

private:
    ArticleDocument *m_document;
    QTimeZone m_zone;
    std::optional<TranslationLink> m_link;
    QString m_originalHeadline;
    QLabel *m_label;
    QPushButton *m_showChanges;
    QPushButton *m_markUpToDate;
    QTimer m_refreshDelay; // folds a burst of store changes into one read
};

} // namespace PortalDesk::Ui
