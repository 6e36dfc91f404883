#pragma once

// Three-way merge of a text by paragraphs: what two people each changed since the
// version they both started from. Edits to different paragraphs both survive; a
// paragraph (or run of them) that both changed differently is a conflict, kept with
// the three versions for a person to decide. Paragraphs are separated by blank lines,
// as in Markdown; a merged text joins them with one blank line.

#include <QList>
#include <QString>
#include <QStringList>

namespace PortalDesk {

struct TextMerge
{
    // A run of the result: settled, or a conflict with what the base, mine and theirs
    // have in its place (any of them may be empty: added on one side, deleted on another).
    struct Chunk
    {
        QStringList settled;
        bool conflict = false;
        QStringList base;
        QStringList mine;
        QStringList theirs;
    };
    enum class Choice { Undecided, Mine, Theirs, Both }; // Both: mine, then theirs

    QList<Chunk> chunks;

    qsizetype conflicts() const;
    bool clean() const { return conflicts() == 0; }
    // The merged text with one choice per conflict, in order; nullopt while any is Undecided.
    std::optional<QString> text(const QList<Choice> &choices = {}) const;
};

// When a text is too long to compare paragraph by paragraph within bounded time
// (more than a few thousand paragraphs on both sides), the whole text is one paragraph.
TextMerge mergeParagraphs(const QString &base, const QString &mine, const QString &theirs);

QStringList paragraphsOf(const QString &text);

} // namespace PortalDesk
