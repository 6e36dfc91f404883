#include "ui/editor/photolist.h"

#include "core/store/mediastore.h"
#include "ui/editor/articledocument.h"
#include "ui/editor/photodialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace PortalDesk::Ui {

namespace {

constexpr int ThumbnailSize = 48;

// A dashed frame where the picture will go, drawn in the palette's colours so
// it reads in light and dark themes alike.
QIcon placeholder(const QPalette &palette)
{
    QPixmap pixmap(ThumbnailSize, ThumbnailSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(palette.color(QPalette::PlaceholderText), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRoundedRect(QRectF(3, 3, ThumbnailSize - 6, ThumbnailSize - 6), 4, 4);
    QFont font = painter.font();
    font.setPixelSize(ThumbnailSize / 2);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(pixmap.rect(), Qt::AlignCenter, QStringLiteral("+"));
    return QIcon(pixmap);
}

} // namespace

PhotoList::PhotoList(ArticleDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_list(new QListWidget)
    , m_attach(new QToolButton)
{
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setWordWrap(true);
    m_list->setIconSize(QSize(ThumbnailSize, ThumbnailSize));
    auto *title = new QLabel(tr("Photos"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addPhotoButton"));
    add->setText(tr("Add…"));
    m_attach->setObjectName(QStringLiteral("attachPictureButton"));
    m_attach->setText(tr("Attach Picture…"));
    m_attach->setToolTip(tr("Choose the picture for a caption that came without one"));
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    connect(add, &QToolButton::clicked, this, &PhotoList::choosePhoto);
    connect(m_attach, &QToolButton::clicked, this, &PhotoList::chooseAttachment);
    connect(m_list, &QListWidget::currentRowChanged, this, &PhotoList::updateButtons);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_document->article().photos.size()
            && !m_document->article().photos.at(row).hasPicture())
            chooseAttachment();
    });
    connect(remove, &QToolButton::clicked, this, &PhotoList::removeCurrent);

    auto *bar = new QHBoxLayout;
    bar->addWidget(title, 1);
    bar->addWidget(add);
    bar->addWidget(m_attach);
    bar->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list);

    connect(m_document, &ArticleDocument::fieldChanged, this, [this](ArticleField field) {
        if (field == ArticleField::Photos)
            refresh();
    });
    refresh();
}

QIcon PhotoList::thumbnail(const Photo &photo) const
{
    if (photo.file.isEmpty())
        return placeholder(palette());
    const Result<QByteArray> bytes = MediaStore(m_document->database()).get(photo.file);
    QPixmap pixmap;
    if (!bytes || !pixmap.loadFromData(*bytes))
        return placeholder(palette());
    return QIcon(pixmap.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void PhotoList::refresh()
{
    const int current = m_list->currentRow();
    m_list->clear();
    for (const Photo &photo : m_document->article().photos) {
        QString text = photo.caption.isEmpty() ? photo.file : photo.caption;
        if (!photo.credit.isEmpty())
            text += QStringLiteral(" (") + photo.credit + u')';
        if (photo.file.isEmpty()) {
            text = tr("Picture to be attached") + u'\n' + text;
            if (photo.caption.isEmpty())
                text = tr("Picture to be attached");
        }
        auto *item = new QListWidgetItem(thumbnail(photo), text, m_list);
        item->setToolTip(photo.file.isEmpty()
                ? tr("This caption came without a picture. Use Attach Picture… or double-click to add it.")
                : photo.file + u'\n' + photo.alt);
    }
    m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    updateButtons();
}

void PhotoList::updateButtons()
{
    const int row = m_list->currentRow();
    const QList<Photo> &photos = m_document->article().photos;
    m_attach->setEnabled(row >= 0 && row < photos.size() && !photos.at(row).hasPicture());
}

QString PhotoList::chooseFile(const QString &title)
{
    return m_chooser ? m_chooser(this)
                     : QFileDialog::getOpenFileName(this, title,
                         QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                         tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif)"));
}

std::optional<QString> PhotoList::storePicture(const QString &imageFile, const QString &title)
{
    const Result<QByteArray> bytes = MediaStore::readPicture(imageFile, QFileInfo(imageFile).fileName());
    if (!bytes) {
        QMessageBox::warning(this, title, bytes.error().message);
        return std::nullopt;
    }
    auto name = MediaStore(m_document->database()).put(*bytes, imageFile);
    if (!name) {
        QMessageBox::warning(this, title, name.error().text());
        return std::nullopt;
    }
    return *name;
}

void PhotoList::choosePhoto()
{
    const QString file = chooseFile(tr("Insert Photo"));
    if (file.isEmpty())
        return;
    PhotoDialog dialog(file, this);
    if (dialog.exec() == QDialog::Accepted)
        addPhoto(file, dialog.photo());
}

bool PhotoList::addPhoto(const QString &imageFile, const Photo &description)
{
    const auto name = storePicture(imageFile, tr("Insert Photo"));
    if (!name)
        return false;
    Photo photo = description;
    photo.file = *name;
    QList<Photo> photos = m_document->article().photos;
    photos.append(photo);
    m_document->setField(ArticleField::Photos, QVariant::fromValue(photos), tr("Insert photo"));
    return true;
}

void PhotoList::chooseAttachment()
{
    const int row = m_list->currentRow();
    const QList<Photo> &photos = m_document->article().photos;
    if (row < 0 || row >= photos.size() || photos.at(row).hasPicture())
        return;
    if (const QString file = chooseFile(tr("Attach Picture")); !file.isEmpty())
        attachPicture(row, file);
}

bool PhotoList::attachPicture(int row, const QString &imageFile)
{
    QList<Photo> photos = m_document->article().photos;
    if (row < 0 || row >= photos.size())
        return false;
    const auto name = storePicture(imageFile, tr("Attach Picture"));
    if (!name)
        return false;
    photos[row].file = *name;
    m_document->setField(ArticleField::Photos, QVariant::fromValue(photos), tr("Attach picture"));
    return true;
}

void PhotoList::removeCurrent()
{
    const int row = m_list->currentRow();
    QList<Photo> photos = m_document->article().photos;
    if (row < 0 || row >= photos.size())
        return;
    photos.removeAt(row);
    m_document->setField(ArticleField::Photos, QVariant::fromValue(photos), tr("Remove photo"));
}

} // namespace PortalDesk::Ui
