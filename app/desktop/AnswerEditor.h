#pragma once

#include "SessionStore.h"
#include "Types.h"

#include <QList>
#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;

namespace mockloop::desktop {

// The editor shaped for the round: Situation/Task/Action/Result for story rounds, one field for
// technical and system design answers. It speaks in AnswerFields, the form answers are stored
// in, so drafts written by either program open here unchanged.
class AnswerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerEditor(QWidget *parent = nullptr);

    void setKind(RoundKind kind);
    RoundKind kind() const { return m_kind; }
    // Shows stored fields without reporting an edit. Fields this editor does not have (an
    // answer written in another editor) are appended to the last field so nothing is hidden.
    void setFields(const QList<AnswerField> &fields);
    QList<AnswerField> fields() const;
    void setReadOnly(bool readOnly);
    void focusFirstField();

signals:
    // Only for edits made by the person, never for setFields().
    void edited();

private:
    QList<QPlainTextEdit *> activeEdits() const;

    RoundKind m_kind = RoundKind::Technical;
    QStackedWidget *m_stack;
    QPlainTextEdit *m_answer;
    QList<QPlainTextEdit *> m_star; // situation, task, action, result
    bool m_loading = false;
};

} // namespace mockloop::desktop
