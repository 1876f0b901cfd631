#include "history/AttemptView.h"

#include "base/TimeText.h"
#include "common/ErrorLabel.h"
#include "history/CompareView.h"
#include "history/ViewSelection.h"
#include "practice/History.h"
#include "report/FollowUpText.h"
#include "report/SessionText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

namespace {

enum ListColumn {
    DateColumn,
    ScoreColumn,
    AnswerTimeColumn,
    StatusColumn,
    NoteColumn,
    ListColumnCount
};

constexpr int kAttemptIdRole = Qt::UserRole + 1;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right: 12px; color: #555;\">") + esc(label)
           + QStringLiteral("</td><td>") + esc(value) + QStringLiteral("</td></tr>");
}

QString scoreText(const AttemptRecord &a)
{
    if (a.score)
        return AttemptView::tr("%1 / 5").arg(*a.score);
    return a.times.status == AttemptStatus::Submitted ? AttemptView::tr("not graded")
                                                      : AttemptView::tr("–");
}

} // namespace

AttemptView::AttemptView(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("attemptQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont questionFont = m_question->font();
    questionFont.setPointSizeF(questionFont.pointSizeF() * 1.2);
    questionFont.setBold(true);
    m_question->setFont(questionFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("attemptSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *backButton = new QPushButton(tr("&Back to history"), this);
    backButton->setObjectName(QStringLiteral("attemptBackButton"));
    connect(backButton, &QPushButton::clicked, this, &AttemptView::backRequested);
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_question);
    titles->addWidget(m_summary);
    header->addLayout(titles, 1);
    header->addWidget(backButton, 0, Qt::AlignTop);

    m_message = new ErrorLabel(this);
    m_message->setObjectName(QStringLiteral("attemptMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    // Every attempt at the question: a few rows, usually; choosing one shows it, choosing two
    // (Ctrl+click) compares them.
    m_list = new QTableWidget(0, ListColumnCount, this);
    m_list->setObjectName(QStringLiteral("attemptList"));
    m_list->setHorizontalHeaderLabels(
        {tr("Date"), tr("Score"), tr("Answer time"), tr("Status"), tr("Note")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 8);
    m_list->horizontalHeader()->setHighlightSections(false);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Notes can be long: the rest of the width, the whole note in the tooltip.
    m_list->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMaximumHeight(m_list->verticalHeader()->defaultSectionSize() * 5
                             + m_list->horizontalHeader()->sizeHint().height() + 4);
    m_list->setToolTip(tr("Choose an attempt to read it; choose two (Ctrl+click) to compare them."));
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttemptView::selectionChanged);

    m_compareButton = new QPushButton(tr("&Compare"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    connect(m_compareButton, &QPushButton::clicked, this, &AttemptView::compareChosen);
    m_reportButton = new QPushButton(tr("Session &report"), this);
    m_reportButton->setObjectName(QStringLiteral("attemptReportButton"));
    m_reportButton->setToolTip(tr("Open the report of the session this attempt belongs to."));
    connect(m_reportButton, &QPushButton::clicked, this, [this] {
        const int r = rowOf(m_attemptId);
        if (r >= 0)
            emit reportRequested(m_attempts.at(r).sessionId);
    });
    auto *storyButton = new QPushButton(tr("Save as &story…"), this);
    storyButton->setObjectName(QStringLiteral("saveAsStoryButton"));
    storyButton->setToolTip(tr("Keep this answer in your story bank, to tell it again."));
    connect(storyButton, &QPushButton::clicked, this, [this] {
        if (m_attemptId != 0)
            emit storyFromAttemptRequested(m_attemptId);
    });
    auto *listButtons = new QVBoxLayout;
    listButtons->addWidget(m_compareButton);
    listButtons->addWidget(m_reportButton);
    listButtons->addWidget(storyButton);
    listButtons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(listButtons);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("attemptDetail"));
    m_detail->setOpenLinks(false);
    m_compare = new CompareView(this);
    m_compare->setObjectName(QStringLiteral("compareView"));
    connect(m_compare, &CompareView::closeRequested, this,
            [this] { m_panes->setCurrentWidget(m_detail); });
    m_panes = new QStackedWidget(this);
    m_panes->addWidget(m_detail);
    m_panes->addWidget(m_compare);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addLayout(listRow);
    layout->addWidget(m_panes, 1);
}

bool AttemptView::showAttempt(qint64 attemptId, const QStringList &highlight)
{
    const History history(m_db);
    QString error;
    const std::optional<AttemptRecord> opened = history.attempt(attemptId, &error);
    m_panes->setCurrentWidget(m_detail);
    if (!opened) {
        m_attemptId = 0;
        m_attempts.clear();
        m_list->setRowCount(0);
        m_question->clear();
        m_summary->clear();
        m_detail->clear();
        m_message->setText(error.isEmpty()
                               ? tr("This answer is no longer stored (its session was deleted).")
                               : error);
        m_message->show();
        m_compareButton->setEnabled(false);
        m_reportButton->setEnabled(false);
        return false;
    }
    m_message->hide();
    m_attemptId = attemptId;
    m_highlight = highlight;
    m_attempts = history.attemptsOf(opened->question.id);
    // attemptsOf lists answered and skipped attempts; a draft of an unfinished session found
    // by the search is shown among them too.
    if (rowOf(attemptId) < 0) {
        m_attempts.append(*opened);
        std::stable_sort(m_attempts.begin(), m_attempts.end(),
                         [](const AttemptRecord &a, const AttemptRecord &b) {
                             return a.startedAt.isValid() && b.startedAt.isValid()
                                        ? a.startedAt < b.startedAt
                                        : a.id < b.id;
                         });
    }

    m_question->setText(opened->question.text);
    m_summary->setText(m_attempts.size() == 1
                           ? tr("%1 · answered once so far").arg(displayName(opened->question.kind))
                           : tr("%1 · %2 attempts at this question")
                                 .arg(displayName(opened->question.kind))
                                 .arg(m_attempts.size()));
    {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setRowCount(int(m_attempts.size()));
        for (int r = 0; r < m_attempts.size(); ++r) {
            const AttemptRecord &a = m_attempts.at(r);
            const QString cells[ListColumnCount] = {formatDateTime(a.startedAt), scoreText(a),
                                                    formatDuration(a.times.answerUsedMs),
                                                    attemptStatusDisplayName(a.times),
                                                    a.gradeNote.simplified()};
            for (int c = 0; c < ListColumnCount; ++c) {
                auto *item = new QTableWidgetItem(cells[c]);
                item->setData(kAttemptIdRole, a.id);
                if (c == NoteColumn && !a.gradeNote.isEmpty())
                    item->setToolTip(a.gradeNote);
                if (c == ScoreColumn || c == AnswerTimeColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_list->setItem(r, c, item);
            }
        }
        m_list->selectRow(rowOf(attemptId));
    }
    // Once the page is laid out: a hidden table does not know its height yet.
    QTimer::singleShot(0, m_list, [this] {
        if (const int r = rowOf(m_attemptId); r >= 0)
            m_list->scrollToItem(m_list->item(r, 0), QAbstractItemView::PositionAtCenter);
    });
    showCurrent();
    selectionChanged();
    return true;
}

int AttemptView::rowOf(qint64 attemptId) const
{
    for (int r = 0; r < m_attempts.size(); ++r) {
        if (m_attempts.at(r).id == attemptId)
            return r;
    }
    return -1;
}

QList<int> AttemptView::selectedRows() const
{
    return selectedRowsOf(m_list);
}

void AttemptView::selectionChanged()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1 && m_attempts.at(rows.first()).id != m_attemptId) {
        m_attemptId = m_attempts.at(rows.first()).id;
        showCurrent();
    }
    if (rows.size() == 1)
        m_panes->setCurrentWidget(m_detail);
    const bool others = m_attempts.size() > 1;
    m_compareButton->setEnabled(others && (rows.size() == 1 || rows.size() == 2));
    if (!others)
        m_compareButton->setToolTip(tr("This is the only attempt at the question so far."));
    else if (rows.size() == 2)
        m_compareButton->setToolTip(tr("Compare the two chosen attempts, the older on the left."));
    else if (rows.size() == 1)
        m_compareButton->setToolTip(tr("Compare this attempt with the one before it; choose two "
                                       "(Ctrl+click) to compare any pair."));
    else
        m_compareButton->setToolTip(tr("Choose one attempt, or two to compare."));
    m_reportButton->setEnabled(rowOf(m_attemptId) >= 0);
}

void AttemptView::showCurrent()
{
    const int r = rowOf(m_attemptId);
    if (r < 0)
        return;
    m_detail->setHtml(detailHtml(m_attempts.at(r)));
}

void AttemptView::compareChosen()
{
    QList<int> rows = selectedRows();
    if (rows.size() == 1) {
        // The opened attempt against the one before it (the first one against the next).
        const int r = rows.first();
        rows = {r > 0 ? r - 1 : r, r > 0 ? r : r + 1};
    }
    if (rows.size() != 2 || rows.at(1) >= m_attempts.size() || rows.at(0) == rows.at(1))
        return;
    m_compare->compare(m_attempts.at(rows.at(0)), m_attempts.at(rows.at(1)));
    m_panes->setCurrentWidget(m_compare);
}

QString AttemptView::highlightedHtml(const QString &text, const QStringList &words)
{
    QStringList alternatives;
    for (const QString &w : words) {
        if (!w.trimmed().isEmpty())
            alternatives.append(QRegularExpression::escape(w.trimmed()));
    }
    if (alternatives.isEmpty())
        return esc(text);
    // Longest first, so "indexes" wins over "index" where both were searched.
    std::sort(alternatives.begin(), alternatives.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const QRegularExpression re(QStringLiteral("(?<!\\w)(?:") + alternatives.join(QLatin1Char('|'))
                                    + QStringLiteral(")\\w*"),
                                QRegularExpression::CaseInsensitiveOption
                                    | QRegularExpression::UseUnicodePropertiesOption);
    QString html;
    qsizetype at = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        html += esc(text.mid(at, m.capturedStart() - at));
        html += QStringLiteral("<span style=\"background-color: #ffe066; color: #000000;\">")
                + esc(m.captured()) + QStringLiteral("</span>");
        at = m.capturedEnd();
    }
    html += esc(text.mid(at));
    return html;
}

QString AttemptView::detailHtml(const AttemptRecord &a) const
{
    const AttemptTimes &t = a.times;
    QString html = QStringLiteral("<table>");
    html += row(tr("Date"), formatDateTime(a.startedAt));
    html += row(tr("Status"), attemptStatusDisplayName(t));
    html += row(tr("Score"), scoreText(a));
    html += row(tr("Answer time"),
                t.answerLimitMs > 0
                    ? tr("%1 of %2").arg(formatDuration(t.answerUsedMs), formatDuration(t.answerLimitMs))
                    : tr("%1 (untimed)").arg(formatDuration(t.answerUsedMs)));
    html += row(tr("Preparation"),
                tr("%1 of %2").arg(formatDuration(t.prepUsedMs), formatDuration(t.prepLimitMs)));
    html += row(tr("Overtime"), t.overtimeMs() > 0 ? formatDuration(t.overtimeMs()) : tr("none"));
    if (t.pausedMs > 0)
        html += row(tr("Paused"), formatDuration(t.pausedMs));
    if (t.interruptedMs > 0)
        html += row(tr("Interrupted (MockLoop closed or crashed, or the computer asleep)"),
                    formatDuration(t.interruptedMs));
    html += row(tr("Question version"), QString::number(a.question.version));
    html += QStringLiteral("</table>");

    bool anyAnswer = false;
    for (const AnswerField &f : a.answer)
        anyAnswer = anyAnswer || !f.value.trimmed().isEmpty();
    if (!anyAnswer)
        html += QStringLiteral("<p style=\"color: #808080;\"><i>") + esc(tr("(no answer written)"))
                + QStringLiteral("</i></p>");
    for (const AnswerField &f : a.answer) {
        if (!anyAnswer)
            break;
        html += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 0;\"><i>")
                + esc(answerFieldDisplayName(f.name)) + QStringLiteral("</i></p>")
                + QStringLiteral("<p style=\"white-space: pre-wrap; margin-top: 2px;\">")
                + highlightedHtml(f.value, m_highlight) + QStringLiteral("</p>");
    }
    // The follow-ups the interviewer asked, each with its answer (docs/engine.md).
    for (const AskedFollowUp &f : askedFollowUps(a)) {
        html += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 0;\"><i>")
                + esc(tr("Follow-up %1: %2").arg(f.number).arg(f.question))
                + QStringLiteral("</i></p>")
                + QStringLiteral("<p style=\"white-space: pre-wrap; margin-top: 2px;\">")
                + (f.answer.trimmed().isEmpty()
                       ? QStringLiteral("<i>") + esc(followUpStatusText(f)) + QStringLiteral("</i>")
                       : highlightedHtml(f.answer, m_highlight))
                + QStringLiteral("</p>");
    }
    if (!a.gradeNote.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 0;\"><i>")
                + esc(tr("Note"))
                + QStringLiteral("</i></p><p style=\"white-space: pre-wrap; margin-top: 2px;\">")
                + esc(a.gradeNote) + QStringLiteral("</p>");
    }
    return html;
}

} // namespace mockloop::desktop
