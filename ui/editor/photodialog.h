#pragma once

// Asks for the caption, credit and alternative text of a photo being added
// to an article, showing the picture so they can be written against it.

#include "core/content/article.h"

#include <QDialog>

class QLineEdit;

namespace PortalDesk::Ui {

class PhotoDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PhotoDialog(const QString &imageFile, QWidget *parent = nullptr);

    // The photo as described; `file` is left for the caller to fill in.
    Photo photo() const;

private:
    QLineEdit *m_caption;
    QLineEdit *m_credit;
    QLineEdit *m_alt;
};

} // namespace PortalDesk::Ui
