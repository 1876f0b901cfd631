#include "ClosingPanel.h"

#include "SessionController.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

ClosingPanel::ClosingPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Your questions for the interviewer"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Most interviews end with “Do you have any questions for us?”. "
                                "Write the ones you would ask; the suggestions say why a "
                                "question is worth asking."),
                             this);
    intro->setWordWrap(true);

    auto *suggestionsBox = new QGroupBox(tr("Suggestions"), this);
    m_suggestions = new QTextBrowser(suggestionsBox);
    m_suggestions->setObjectName(QStringLiteral("closingSuggestions"));
    (new QVBoxLayout(suggestionsBox))->addWidget(m_suggestions);

    auto *notesBox = new QGroupBox(tr("The questions you would ask"), this);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("closingNotes"));
    m_notes->setPlaceholderText(tr("One question a line."));
    (new QVBoxLayout(notesBox))->addWidget(m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit notesEdited(m_notes->toPlainText());
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(suggestionsBox);
    splitter->addWidget(notesBox);

    m_finishButton = new QPushButton(tr("Finish"), this);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_finishButton->setToolTip(tr("End the loop and open the report (Ctrl+Return)."));
    // The step forward is the one to find at a glance.
    QFont primaryFont = m_finishButton->font();
    primaryFont.setBold(true);
    m_finishButton->setFont(primaryFont);
    m_finishButton->setMinimumWidth(120);
    connect(m_finishButton, &QPushButton::clicked, this, &ClosingPanel::finishClicked);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_finishButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

void ClosingPanel::refresh(const SessionController &controller, bool entered)
{
    m_finishButton->setEnabled(controller.engine().check(Event::Submit).accepted);
    if (!entered)
        return;
    QString html;
    const QList<ClosingEntry> entries = controller.closingSuggestions();
    if (entries.isEmpty()) {
        html = QStringLiteral("<p><i>") + tr("No suggestions in the question bank.").toHtmlEscaped()
               + QStringLiteral("</i></p>");
    } else {
        html = QStringLiteral("<ul>");
        for (const ClosingEntry &e : entries) {
            html += QStringLiteral("<li><b>") + e.text.toHtmlEscaped() + QStringLiteral("</b>");
            if (!e.why.isEmpty())
                html += QStringLiteral("<br><i>") + e.why.toHtmlEscaped() + QStringLiteral("</i>");
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_suggestions->setHtml(html);
    m_loading = true;
    if (m_notes->toPlainText() != controller.closingNotes())
        m_notes->setPlainText(controller.closingNotes());
    m_loading = false;
}

} // namespace mockloop::desktop
