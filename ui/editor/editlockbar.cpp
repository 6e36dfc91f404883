#include "ui/editor/editlockbar.h"

#include "ui/editor/articledocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <utility>

namespace PortalDesk::Ui {

EditLockBar::EditLockBar(ArticleDocument *document, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_database(document->database())
    , m_label(new QLabel)
    , m_takeOver(new QPushButton(tr("&Take Over")))
{
    setObjectName(QStringLiteral("editLockBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce)); // a note, not an error
    colours.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    setPalette(colours);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_label, 1);
    row->addWidget(m_takeOver);
    connect(m_takeOver, &QPushButton::clicked, this, &EditLockBar::takeOver);
    connect(m_database.get(), &Database::locksChanged, this, &EditLockBar::locksChanged);
    // A status change may change whether this person's role lets them edit the article.
    connect(m_database.get(), &Database::articlesChanged, this, [this](const QStringList &ids) {
        if (m_state == State::NotAllowed || (m_rights.role == Role::Reporter && !m_heldId.isEmpty()))
            locksChanged(ids);
    });
    // A new article gets its lock when first saved.
    connect(m_document, &ArticleDocument::saved, this, [this] {
        if (m_heldId.isEmpty())
            check();
    });
    hide();
}

EditLockBar::~EditLockBar()
{
    // Letting go announces itself; this bar must not answer by taking the lock again.
    disconnect(m_database.get(), nullptr, this, nullptr);
    if (!m_heldId.isEmpty())
        (void)EditLocks(m_database).release(m_heldId);
}

void EditLockBar::setRights(const Rights &rights)
{
    m_rights = rights;
    check();
}

void EditLockBar::locksChanged(const QStringList &ids)
{
    if (m_document->isNew() || (!ids.isEmpty() && !ids.contains(m_document->id())))
        return;
    check();
}

void EditLockBar::check()
{
    if (m_checking) // our own take or release announces itself
        return;
    m_checking = true;
    const auto done = qScopeGuard([this] { m_checking = false; });
    if (m_document->isNew()) {
        setState(State::Unchecked);
        return;
    }
    EditLocks locks(m_database);
    if (const QString refusal = m_rights.mayEdit(m_document->stored()); !refusal.isEmpty()) {
        if (!m_heldId.isEmpty())
            (void)locks.release(std::exchange(m_heldId, QString()));
        setState(State::NotAllowed, {}, refusal);
        return;
    }
    if (!m_heldId.isEmpty()) {
        auto holder = locks.holder(m_document->id());
        if (!holder) // cannot tell now (the connection is gone): keep editing, check again later
            return;
        if (*holder && (*holder)->mine)
            return;
        m_heldId.clear();
        if (!*holder) { // let go behind our back (a connection that dropped): take it again
            m_checking = false;
            check();
            return;
        }
        // Taken over: what was typed is kept, never thrown away.
        m_document->writeRecovery();
        setState(State::TakenOver, **holder);
        emit message(text());
        return;
    }
    // Only a free lock is tried for: a colleague's is just read (no write to wait for).
    if (auto holder = locks.holder(m_document->id()); holder && *holder && !(*holder)->mine) {
        setState(m_state == State::TakenOver ? State::TakenOver : State::HeldByOther, **holder);
        return;
    }
    auto taken = locks.take(m_document->id());
    if (taken) {
        m_heldId = m_document->id();
        setState(State::Editing);
        return;
    }
    if (taken.error().code == Error::Code::Conflict) {
        auto holder = locks.holder(m_document->id());
        if (holder && *holder) {
            // Taken over once: the bar keeps saying so until the lock is free again.
            setState(m_state == State::TakenOver ? State::TakenOver : State::HeldByOther, **holder);
            return;
        }
    }
    if (taken.error().code == Error::Code::NotFound) // deleted meanwhile: the save says so
        return;
    setState(State::Unchecked, {}, taken.error().message);
}

void EditLockBar::takeOver()
{
    if (const QString refusal = m_rights.mayTakeOver(); !refusal.isEmpty()) {
        emit message(refusal);
        return;
    }
    auto taken = EditLocks(m_database).takeOver(m_document->id());
    if (!taken) {
        emit message(tr("Could not take over “%1”: %2").arg(m_document->title(), taken.error().message));
        return;
    }
    const QString from = m_other.name;
    m_heldId = m_document->id();
    setState(State::Editing);
    emit message(tr("You took over “%1” from %2.").arg(m_document->title(), from));
}

QString EditLockBar::text() const
{
    const QString since = QLocale().toString(m_other.since.toLocalTime().time(), QLocale::ShortFormat);
    switch (m_state) {
    case State::Editing:
        return {};
    case State::HeldByOther:
        return tr("%1 is editing since %2 (%3). You can read the article; it follows their saves.")
            .arg(m_other.name, since, m_other.host);
    case State::TakenOver:
        return tr("%1 took over this article at %2 (%3). It is read-only for you now; your unsaved changes "
                  "are kept as a recovery copy and stay here to copy from.")
            .arg(m_other.name, since, m_other.host);
    case State::NotAllowed:
        return tr("Read-only: %1").arg(m_problem);
    case State::Unchecked:
        return m_problem.isEmpty()
            ? QString()
            : tr("Colleagues cannot see that you are editing this article: %1").arg(m_problem);
    }
    return {};
}

void EditLockBar::setState(State state, const EditLock &other, const QString &problem)
{
    const bool wasEditable = editable();
    m_state = state;
    m_other = other;
    m_problem = problem;
    const QString said = text();
    m_label->setText(said);
    setVisible(!said.isEmpty());
    const QString refusal = m_rights.mayTakeOver();
    m_takeOver->setVisible(state == State::HeldByOther || state == State::TakenOver);
    m_takeOver->setEnabled(refusal.isEmpty());
    m_takeOver->setToolTip(refusal.isEmpty() ? tr("Edit this article yourself; the colleague's editor turns "
                                                  "read-only and keeps their unsaved text as a recovery copy")
                                             : refusal);
    if (wasEditable != editable())
        emit editableChanged(editable());
}

} // namespace PortalDesk::Ui
