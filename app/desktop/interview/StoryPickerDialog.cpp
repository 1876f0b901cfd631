#include "interview/StoryPickerDialog.h"

#include "report/SessionText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

QString storyHtml(const Story &story)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(story.title.toHtmlEscaped());
    for (const AnswerField &f : story.toAnswerFields()) {
        if (f.value.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(answerFieldDisplayName(f.name).toHtmlEscaped(),
                         f.value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(story.competencies.isEmpty()
                         ? QCoreApplication::translate("StoryPickerDialog", "No competencies yet.")
                         : QCoreApplication::translate("StoryPickerDialog", "Competencies: %1")
                               .arg(story.competencies.join(QStringLiteral(", ")))
                               .toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg((story.uses == 1
                          ? QCoreApplication::translate("StoryPickerDialog", "Used in 1 answer.")
                          : QCoreApplication::translate("StoryPickerDialog", "Used in %1 answers.")
                                .arg(story.uses))
                         .toHtmlEscaped());
    return html;
}

QList<Story> StoryPickerDialog::ranked(QList<Story> stories, const QStringList &competencies)
{
    auto overlap = [&](const Story &s) {
        return int(std::count_if(s.competencies.cbegin(), s.competencies.cend(), [&](const QString &c) {
            return competencies.contains(c, Qt::CaseInsensitive);
        }));
    };
    // Most matching competencies first; among equals the less used story, to spread them.
    std::stable_sort(stories.begin(), stories.end(), [&](const Story &a, const Story &b) {
        const int oa = overlap(a), ob = overlap(b);
        return oa != ob ? oa > ob : a.uses < b.uses;
    });
    return stories;
}

StoryPickerDialog::StoryPickerDialog(const QList<Story> &stories, const QStringList &competencies,
                                     QWidget *parent)
    : QDialog(parent)
    , m_stories(ranked(stories, competencies))
{
    setObjectName(QStringLiteral("storyPickerDialog"));
    setWindowTitle(tr("Use a story"));
    resize(720, 480);
    auto *hint = new QLabel(competencies.isEmpty()
                                ? tr("Choose a story; its parts fill the answer, ready to adapt.")
                                : tr("Choose a story; its parts fill the answer, ready to adapt. "
                                     "This question asks about: %1.")
                                      .arg(competencies.join(QStringLiteral(", "))),
                            this);
    hint->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("storyPickerList"));
    for (const Story &s : std::as_const(m_stories)) {
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setToolTip(s.competencies.join(QStringLiteral(", ")));
    }
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("storyPickerPreview"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this story"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("storyPickerUseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &StoryPickerDialog::showSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, buttons,
            [b = buttons->button(QDialogButtonBox::Ok)](int row) { b->setEnabled(row >= 0); });

    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 2);
    panes->addWidget(m_preview, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(panes, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (!m_stories.isEmpty())
        m_list->setCurrentRow(0);
}

std::optional<Story> StoryPickerDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_stories.size())
        return std::nullopt;
    return m_stories.at(row);
}

void StoryPickerDialog::showSelected()
{
    const auto s = chosen();
    m_preview->setHtml(s ? storyHtml(*s) : QString());
}

} // namespace mockloop::desktop
