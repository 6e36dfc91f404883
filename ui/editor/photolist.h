#pragma once

// The photos of the article being edited, beside the body: a thumbnail and the
// caption of each, Add… (a picture file, described in the photo dialog) and
// Remove, both undoable. A wire release's caption can arrive before its picture
// (an empty `file`): it is listed with a placeholder until one is attached.

#include "core/content/article.h"

#include <QWidget>
#include <functional>

class QListWidget;

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
    void removeCurrent();
    void refresh();

private:
    QIcon thumbnail(const Photo &photo) const;

    ArticleDocument *m_document;
    QListWidget *m_list;
    FileChooser m_chooser;
};

} // namespace PortalDesk::Ui
