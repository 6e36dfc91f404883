#include "ui/editor/photodialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace PortalDesk::Ui {

PhotoDialog::PhotoDialog(const QString &imageFile, QWidget *parent)
    : QDialog(parent)
    , m_caption(new QLineEdit)
    , m_credit(new QLineEdit)
    , m_alt(new QLineEdit)
{
    setWindowTitle(tr("Insert Photo"));
    auto *picture = new QLabel;
    picture->setAlignment(Qt::AlignCenter);
    QImageReader reader(imageFile);
    reader.setAutoTransform(true);
    if (const QImage image = reader.read(); !image.isNull())
        picture->setPixmap(
            QPixmap::fromImage(image.scaled(480, 270, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    else
        picture->setText(
            tr("“%1” is not a picture PortalDesk can read.").arg(QFileInfo(imageFile).fileName()));

    m_caption->setPlaceholderText(tr("What the photo shows, for readers"));
    m_credit->setPlaceholderText(tr("e.g. 新華社 / Xinhua"));
    m_alt->setPlaceholderText(tr("Describes the photo for screen readers"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Caption:"), m_caption);
    form->addRow(tr("C&redit:"), m_credit);
    form->addRow(tr("&Alt text:"), m_alt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Insert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(picture);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Photo PhotoDialog::photo() const
{
    return { {}, m_caption->text().trimmed(), m_credit->text().trimmed(), m_alt->text().trimmed() };
}

} // namespace PortalDesk::Ui
