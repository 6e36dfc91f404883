#pragma once

// The photos of the article being edited, beside the body: a thumbnail and the
// caption of each, Add… (a picture file, described in the photo dialog) and
// Remove, both undoable. A wire release's caption can arrive before its picture
// (an empty `file`): it is listed with a placeholder until Attach Picture… (or a
// double-click on it) gives it one, an undoable step too.

#include "core/content/article.h"

#include <QWidget>
#include <functional>
#include <optional>

class QListWidget;
class QToolButton;

namespace PortalDesk::Ui {

class ArticleDocument;

class PhotoList : public QWidget
{
    Q_OBJECT

public:
    using FileChooser = std::function<QString(QWidget *parent)>;

    explicit PhotoList(ArticleDocument *document, QWidget *parent = nullptr);

    // Tests answer the file dialog; the photo dialog is still the real one.
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    QListWidget *listWidget() const { return m_list; }

    // Asks for a picture file, then its caption, credit and alt text; adds it.
    void choosePhoto();
    // Adds a photo from a file: bytes to the MediaStore, the photo to the article.
    bool addPhoto(const QString &imageFile, const Photo &description);
    // Gives the caption-only photo at `row` the picture in `imageFile`, keeping its words.
    bool attachPicture(int row, const QString &imageFile);
    void chooseAttachment(); // for the current row
    void removeCurrent();
    void refresh();

private:
    QIcon thumbnail(const Photo &photo) const;
    QString chooseFile(const QString &title);
    std::optional<QString> storePicture(const QString &imageFile, const QString &title); // its media name
    void updateButtons();

    ArticleDocument *m_document;
    QListWidget *m_list;
    FileChooser m_chooser;
    QToolButton *m_attach;
};

} // namespace PortalDesk::Ui
