#pragma once

// Adds or edits one promo: kicker, text (with a live width check against the
// slot), call to action, a link to an article or an https address, an image,
// language, schedule in the portal's time zone, and whether it is on; for a
// zh-Hant-HK promo, the 简 edition's own kicker, text and call to action (empty:
// converted, the conversion shown as the placeholder). The typography findings of
// every text show as they are typed, without stopping OK. OK only closes the dialog
// once the promo is valid; otherwise it names the field.

#include "core/content/promo.h"
#include "core/store/database.h"
#include "core/text/lint.h"

#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace PortalDesk::Ui {

class PromoDialog : public QDialog
{
    Q_OBJECT

public:
    PromoDialog(DatabasePtr database, const Promo &promo, QWidget *parent = nullptr);

    Promo promo() const; // the values as entered
    QString errorText() const; // why OK was refused, naming the field
    QString widthWarning() const; // empty while the text fits the slot
    const QList<LintFinding> &findings() const { return m_findings; } // of every text, as typed
    QString findingsText() const; // as shown under the fields

    void accept() override;

private:
    QWidget *createLinkRow();
    QWidget *createImageRow();
    QWidget *createScheduleRow(QCheckBox *enabled, QDateTimeEdit *edit);
    void chooseArticle();
    void chooseImage();
    void setImage(const QString &name);
    void updateWidth();
    void updateLint();
    void updateSimplified(); // placeholders from the conversion, enabled for zh-Hant-HK only
    QLineEdit *simplifiedEdit(const QString &placeholder);
    void updateLinkNote();
    QString fieldLabel(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const;
    static void setDateTime(
        QDateTimeEdit *edit, QCheckBox *enabled, const QDateTime &utc, const QTimeZone &zone);

    DatabasePtr m_database;
    Promo m_promo;
    QTimeZone m_zone;
    QComboBox *m_language;
    QLineEdit *m_kicker;
    QLineEdit *m_text;
    QLabel *m_width;
    QComboBox *m_callToAction;
    QLineEdit *m_ownKicker;
    QLineEdit *m_ownText;
    QLineEdit *m_ownCallToAction;
    QLabel *m_lint;
    LintOptions m_house;
    QList<LintFinding> m_findings;
    QLineEdit *m_link;
    QLabel *m_linkNote;
    QLabel *m_imagePreview;
    QLabel *m_imageName;
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateTimeEdit *m_end;
    QCheckBox *m_enabled;
    QLabel *m_error;
    QString m_image;
};

} // namespace PortalDesk::Ui
