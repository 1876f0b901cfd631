#include "history/HistoryPage.h"

#include "base/Clock.h"
#include "base/TimeText.h"
#include "common/Confirmation.h"
#include "common/RichTextDelegate.h"
#include "history/AttemptView.h"
#include "history/HistoryTableModel.h"
#include "history/SearchResultModel.h"
#include "history/ViewSelection.h"
#include "report/SessionText.h"
#include "storage/Database.h"
#include "window/StatusNotice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

namespace {

constexpr int kAnyKind = -1;

QLabel *caption(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// A date limit that can also be "none": its lowest date (the day before the first session)
// reads "no limit".
QDateEdit *limitEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateFormat());
    edit->setSpecialValueText(HistoryPage::tr("no limit"));
    edit->setToolTip(HistoryPage::tr("Sessions started on or after / on or before this day. Step "
                                     "below the first session's day for no limit."));
    return edit;
}

QTableView *makeTable(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setMinimumSectionSize(40);
    return view;
}

// The words a person typed, cleaned as the search cleans them, to highlight in an answer.
QStringList typedWords(const QString &text)
{
    QStringList words;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression other(QStringLiteral("[^\\w\\-+.#']"));
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.remove(other);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

} // namespace

HistoryPage::HistoryPage(Database &db, const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_model(new HistoryTableModel(db, this))
    , m_hits(new SearchResultModel(this))
{
    m_model->setObjectName(QStringLiteral("historyModel"));
    m_hits->setObjectName(QStringLiteral("searchModel"));
    buildListPage();
    buildPages();
    connectInputs();

    // Both limits start at "no limit"; refresh() moves that to the day before the first
    // session. Nothing is read from the database until the page is shown.
    for (QDateEdit *edit : {m_from, m_to}) {
        const QSignalBlocker blocker(edit);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setDate(edit->minimumDate());
    }
    runSearch();
    updateButtons();
}

void HistoryPage::buildListPage()
{
    m_listPage = new QWidget(this);
    m_listPage->setObjectName(QStringLiteral("historyList"));
    QLayout *header = buildHeader();
    QLayout *filters = buildFilters();
    QWidget *sessionsPane = buildSessionsPane();
    QWidget *searchBox = buildSearchBox();

    auto *splitter = new QSplitter(Qt::Vertical, m_listPage);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(sessionsPane);
    splitter->addWidget(searchBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(header);
    listLayout->addLayout(filters);
    listLayout->addWidget(splitter, 1);
}

QLayout *HistoryPage::buildHeader()
{
    auto *title = new QLabel(tr("History"), m_listPage);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *homeButton = new QPushButton(tr("&Back to home"), m_listPage);
    homeButton->setObjectName(QStringLiteral("historyHomeButton"));
    connect(homeButton, &QPushButton::clicked, this, &HistoryPage::homeRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(homeButton);
    return header;
}

// Filters: combos and dates ask the database at once; typed text after a short pause
// (connectInputs).
QLayout *HistoryPage::buildFilters()
{
    m_from = limitEdit(QStringLiteral("historyFrom"), m_listPage);
    m_to = limitEdit(QStringLiteral("historyTo"), m_listPage);
    m_kind = new QComboBox(m_listPage);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("All"), kAnyKind);
    for (RoundKind kind : kAllRoundKinds)
        m_kind->addItem(displayName(kind), int(kind));
    m_kind->setToolTip(tr("Sessions with at least one round of this kind."));
    m_status = new QComboBox(m_listPage);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->addItem(tr("All"), QString());
    for (const QString &key :
         {QStringLiteral("running"), QStringLiteral("finished"), QStringLiteral("abandoned")})
        m_status->addItem(sessionStatusDisplayName(key), key);
    m_text = new QLineEdit(m_listPage);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Plan or question contains…"));
    m_text->setToolTip(tr("Sessions whose plan name or one of whose questions contains this text."));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(120);
    auto *filters = new QHBoxLayout;
    filters->addWidget(caption(tr("Fro&m:"), m_from, m_listPage));
    filters->addWidget(m_from);
    filters->addWidget(caption(tr("T&o:"), m_to, m_listPage));
    filters->addWidget(m_to);
    filters->addSpacing(6);
    filters->addWidget(caption(tr("&Kind:"), m_kind, m_listPage));
    filters->addWidget(m_kind);
    filters->addSpacing(6);
    filters->addWidget(caption(tr("&Status:"), m_status, m_listPage));
    filters->addWidget(m_status);
    filters->addSpacing(6);
    filters->addWidget(m_text, 1);
    return filters;
}

// The sessions, sorted by the database, and what can be done with the chosen ones.
QWidget *HistoryPage::buildSessionsPane()
{
    m_table = makeTable(QStringLiteral("historyTable"), m_listPage);
    // Ctrl- and Shift-click choose several sessions, to delete them at once.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setModel(m_model);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(HistoryTableModel::PlanColumn, QHeaderView::Stretch);
    // The database sorts: the header only says what to sort by.
    columns->setSectionsClickable(true);
    columns->setSortIndicatorShown(true);
    columns->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &HistoryPage::sortRequested);
    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_openButton = new QPushButton(tr("Open re&port"), m_listPage);
    m_openButton->setObjectName(QStringLiteral("historyOpenButton"));
    m_resumeButton = new QPushButton(tr("&Resume"), m_listPage);
    m_resumeButton->setObjectName(QStringLiteral("historyResumeButton"));
    m_deleteButton = new QPushButton(tr("De&lete…"), m_listPage);
    m_deleteButton->setObjectName(QStringLiteral("historyDeleteButton"));
    connect(m_openButton, &QPushButton::clicked, this, &HistoryPage::openSelectedReport);
    connect(m_resumeButton, &QPushButton::clicked, this, &HistoryPage::resumeSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryPage::openSelectedReport);
    // The Delete key in the list asks the same question as the button.
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &HistoryPage::deleteSelected);
    m_deleteButton->setToolTip(tr("Delete the chosen sessions (Del); Ctrl-click chooses several."));
    // Opening the page puts the keyboard in the list (MainWindow::showPage).
    setFocusProxy(m_table);
    auto *sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(m_count, 1);
    sessionButtons->addWidget(m_deleteButton);
    sessionButtons->addSpacing(12);
    sessionButtons->addWidget(m_resumeButton);
    sessionButtons->addWidget(m_openButton);
    auto *sessionsPane = new QWidget(m_listPage);
    auto *sessionsLayout = new QVBoxLayout(sessionsPane);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    sessionsLayout->addWidget(m_table, 1);
    sessionsLayout->addLayout(sessionButtons);
    return sessionsPane;
}

// Search over every answer.
QWidget *HistoryPage::buildSearchBox()
{
    auto *searchBox = new QGroupBox(tr("Search your answers"), m_listPage);
    m_search = new QLineEdit(searchBox);
    m_search->setObjectName(QStringLiteral("answerSearch"));
    m_search->setPlaceholderText(tr("Words from any answer you wrote (Ctrl+F)"));
    m_search->setToolTip(tr("Finds the words in every answer field of every session; "
                            "“index” also finds “indexes” and “indexing”. Put words in "
                            "\"quotes\" to find them side by side."));
    m_search->setClearButtonEnabled(true);
    m_searchCount = new QLabel(searchBox);
    m_searchCount->setObjectName(QStringLiteral("searchCount"));
    m_searchCount->setForegroundRole(QPalette::PlaceholderText);
    m_results = makeTable(QStringLiteral("searchResults"), searchBox);
    m_results->setModel(m_hits);
    m_results->setItemDelegateForColumn(SearchResultModel::SnippetColumn,
                                        new RichTextDelegate(SearchResultModel::SnippetHtmlRole,
                                                             m_results));
    QHeaderView *hitColumns = m_results->horizontalHeader();
    hitColumns->setSectionResizeMode(QHeaderView::Interactive);
    hitColumns->setSectionResizeMode(SearchResultModel::DateColumn, QHeaderView::ResizeToContents);
    hitColumns->setSectionResizeMode(SearchResultModel::FieldColumn, QHeaderView::ResizeToContents);
    hitColumns->setSectionResizeMode(SearchResultModel::SnippetColumn, QHeaderView::Stretch);
    // Questions are long: a third of a small window, the whole text in the tooltip.
    hitColumns->resizeSection(SearchResultModel::QuestionColumn, 260);
    m_openHitButton = new QPushButton(tr("Read &answer"), searchBox);
    m_openHitButton->setObjectName(QStringLiteral("searchOpenButton"));
    connect(m_openHitButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_results->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openHit(rows.constFirst().row());
    });
    connect(m_results, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openHit(index.row()); });
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    m_searchOrder = new QComboBox(searchBox);
    m_searchOrder->setObjectName(QStringLiteral("searchOrder"));
    m_searchOrder->addItem(tr("Newest first"), int(History::SearchOrder::Newest));
    m_searchOrder->addItem(tr("Best match first"), int(History::SearchOrder::BestMatch));
    m_searchOrder->setToolTip(tr("Best match first puts the answers that use your words most "
                                 "and most closely at the top."));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchOrder);
    searchRow->addWidget(m_openHitButton);
    auto *searchLayout = new QVBoxLayout(searchBox);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(m_searchCount);
    searchLayout->addWidget(m_results, 1);
    return searchBox;
}

// The list, and a found answer in its place.
void HistoryPage::buildPages()
{
    m_attemptView = new AttemptView(m_db, this);
    m_attemptView->setObjectName(QStringLiteral("attemptView"));
    connect(m_attemptView, &AttemptView::backRequested, this, &HistoryPage::showList);
    connect(m_attemptView, &AttemptView::reportRequested, this, &HistoryPage::reportRequested);
    connect(m_attemptView, &AttemptView::storyFromAttemptRequested, this,
            &HistoryPage::storyFromAttemptRequested);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_attemptView);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
}

// The find shortcut, the typing pauses, and every filter and selection that asks again.
void HistoryPage::connectInputs()
{
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        showList();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(kTypingDelayMs);
    connect(&m_textDelay, &QTimer::timeout, this, &HistoryPage::applyFilters);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kTypingDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryPage::runSearch);

    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPage::applyFilters);
    for (QComboBox *combo : {m_kind, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilters);
    connect(m_text, &QLineEdit::textChanged, &m_textDelay, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &HistoryPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryPage::runSearch);
    connect(m_searchOrder, &QComboBox::currentIndexChanged, this, &HistoryPage::runSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateButtons);
    // "No sessions" and "cannot read the sessions" must not look the same.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_model->errorString().isEmpty())
            showMessage(m_model->errorString(), true);
    });
}

void HistoryPage::refresh()
{
    showMessage({}, false);
    const int row = selectedRow();
    const qint64 keep = row >= 0 ? m_model->session(row).id : 0;
    updateDateRange();
    m_textDelay.stop();
    m_model->setFilter(currentFilter());
    if (const int again = keep ? m_model->rowOf(keep) : -1; again >= 0)
        m_table->selectRow(again);
    updateCount();
    runSearch();
    showList();
}

void HistoryPage::showList()
{
    m_pages->setCurrentWidget(m_listPage);
}

void HistoryPage::showError(const QString &message)
{
    showMessage(message, true);
}

void HistoryPage::showMessage(const QString &text, bool isError)
{
    // In the status bar: a line above the table pushed it down with every message.
    StatusNotice::post(this, text, isError ? StatusNotice::Kind::Problem : StatusNotice::Kind::Info);
}

void HistoryPage::updateDateRange()
{
    // The lowest date of each edit stands for "no limit": the day before the first session,
    // so the calendar opens where the sessions are.
    const QList<HistoryRow> first = History(m_db).sessions({}, HistoryColumn::Started, false, 1);
    const QDate floor = first.isEmpty() || !first.constFirst().startedAt.isValid()
                            ? m_clock->today().addDays(-1)
                            : first.constFirst().startedAt.date().addDays(-1);
    for (QDateEdit *edit : {m_from, m_to}) {
        if (edit->minimumDate() == floor)
            continue;
        const QSignalBlocker blocker(edit);
        const bool unlimited = edit->date() == edit->minimumDate();
        const QDate chosen = edit->date();
        edit->setMinimumDate(floor);
        edit->setDate(unlimited ? floor : std::max(chosen, floor));
    }
}

HistoryFilter HistoryPage::currentFilter() const
{
    HistoryFilter f;
    if (m_from->date() != m_from->minimumDate())
        f.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        f.to = m_to->date();
    if (const int kind = m_kind->currentData().toInt(); kind != kAnyKind)
        f.kind = static_cast<RoundKind>(kind);
    f.status = m_status->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

void HistoryPage::applyFilters()
{
    m_textDelay.stop();
    showMessage({}, false);
    m_model->setFilter(currentFilter());
    updateCount();
}

void HistoryPage::updateCount()
{
    const int total = m_model->totalCount();
    const HistoryFilter f = currentFilter();
    const bool filtered = f.from.isValid() || f.to.isValid() || f.kind || !f.status.isEmpty()
                          || !f.text.isEmpty();
    if (total == 0) {
        m_count->setText(filtered ? tr("No session matches these filters.")
                                  : tr("No sessions yet: every loop you run is listed here."));
    } else {
        // Spelled out rather than "%n session(s)": without an English catalogue that shows "(s)".
        m_count->setText(total == 1 ? tr("1 session") : tr("%1 sessions").arg(total));
    }
}

void HistoryPage::sortRequested(int column, Qt::SortOrder order)
{
    if (!HistoryTableModel::historyColumn(column)) {
        // Put the indicator back: the rows did not move.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    const int row = selectedRow();
    const qint64 keep = row >= 0 ? m_model->session(row).id : 0;
    m_model->sort(column, order);
    if (const int again = keep ? m_model->rowOf(keep) : -1; again >= 0) {
        m_table->selectRow(again);
        m_table->scrollTo(m_model->index(again, 0));
    } else {
        m_table->scrollToTop();
    }
}

QList<int> HistoryPage::selectedRows() const
{
    return selectedRowsOf(m_table);
}

int HistoryPage::selectedRow() const
{
    const QList<int> rows = selectedRows();
    return rows.size() == 1 ? rows.constFirst() : -1;
}

void HistoryPage::updateButtons()
{
    // A report opens and a session resumes one at a time; deleting takes any number.
    const int row = selectedRow();
    m_openButton->setEnabled(row >= 0);
    m_openButton->setToolTip(row >= 0 ? tr("Open the report of the chosen session.")
                                      : tr("Choose one session in the list first."));
    m_deleteButton->setEnabled(!selectedRows().isEmpty());
    const bool unfinished = row >= 0 && m_model->session(row).status == QLatin1String("running");
    m_resumeButton->setEnabled(unfinished);
    m_resumeButton->setToolTip(unfinished ? tr("Continue this session where it stopped.")
                                          : tr("Only unfinished sessions can be resumed."));
    m_openHitButton->setEnabled(m_results->selectionModel()->hasSelection());
}

void HistoryPage::openSelectedReport()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    showMessage({}, false);
    emit reportRequested(m_model->session(row).id);
}

void HistoryPage::resumeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->session(row).status != QLatin1String("running"))
        return;
    showMessage({}, false);
    emit resumeRequested(m_model->session(row).id);
}

void HistoryPage::deleteSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<HistoryRow> sessions;
    QList<qint64> ids;
    for (int row : rows) {
        sessions.append(m_model->session(row));
        ids.append(sessions.constLast().id);
    }
    // Core decides which sessions may go (none while a program has one open); asked before
    // the person confirms, so a refusal never follows a yes.
    if (!History(m_db).refusedDeletions(ids).isEmpty()) {
        showError(sessions.size() == 1
                      ? tr("This session is open in another MockLoop window or terminal. Close it "
                           "there before deleting it.")
                      : tr("One of these sessions is open in another MockLoop window or "
                           "terminal. Close it there before deleting; nothing was deleted."));
        return;
    }
    const HistoryRow &first = sessions.constFirst();
    const QString when = formatDateTime(first.startedAt);
    const QString question =
        sessions.size() == 1
            ? tr("Delete the session “%1” of %2 with all its answers and grades? "
                 "This cannot be undone.")
                  .arg(first.planName, when)
            : tr("Delete these %1 sessions with all their answers and grades? This cannot be "
                 "undone.")
                  .arg(sessions.size());
    if (!Confirmation::ask(this, sessions.size() == 1 ? tr("Delete session") : tr("Delete sessions"),
                           question,
                           sessions.size() == 1 ? tr("Delete session")
                                                : tr("Delete %1 sessions").arg(sessions.size()),
                           tr("Keep")))
        return;
    QString error;
    if (!History(m_db).deleteSessions(ids, &error)) {
        showError(tr("Nothing was deleted: %1").arg(error));
        return;
    }
    updateDateRange();
    m_model->refresh();
    updateCount();
    // The rows below move up into the deleted ones' place: keep the place in the list.
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(rows.constFirst(), m_model->rowCount() - 1));
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    showMessage(sessions.size() == 1 ? tr("Deleted the session “%1” of %2.").arg(first.planName, when)
                                     : tr("Deleted %1 sessions.").arg(sessions.size()),
                false);
}

void HistoryPage::runSearch()
{
    m_searchDelay.stop();
    const QString words = m_search->text().trimmed();
    m_searchedFor = words;
    if (words.isEmpty()) {
        m_hits->setHits({});
        m_searchCount->setText(tr("Type words to find them in every answer you have written; "
                                  "open a found answer to compare it with your other attempts."));
        updateButtons();
        return;
    }
    constexpr int kLimit = 100;
    QString error;
    const auto order = History::SearchOrder(m_searchOrder->currentData().toInt());
    const QList<SearchHit> hits = History(m_db).search(words, kLimit, &error, order);
    m_hits->setHits(hits);
    if (!error.isEmpty())
        m_searchCount->setText(error);
    else if (hits.isEmpty())
        m_searchCount->setText(tr("No answer contains “%1”.").arg(words));
    else if (hits.size() >= kLimit)
        m_searchCount->setText(
            (order == History::SearchOrder::BestMatch
                 ? tr("The %1 best matches; add words to narrow it down.")
                 : tr("The newest %1 answers that match; add words to narrow it down."))
                .arg(hits.size()));
    else
        m_searchCount->setText(hits.size() == 1 ? tr("1 answer") : tr("%1 answers").arg(hits.size()));
    if (!hits.isEmpty())
        m_results->selectRow(0);
    updateButtons();
}

void HistoryPage::openHit(int row)
{
    if (row < 0 || row >= m_hits->rowCount())
        return;
    const SearchHit &hit = m_hits->hit(row);
    // What the search matched (stemmed: "indexes" for "index") and what was typed.
    QStringList highlight = SearchResultModel::matchedWords(hit.snippet);
    for (const QString &w : typedWords(m_searchedFor)) {
        if (!highlight.contains(w, Qt::CaseInsensitive))
            highlight.append(w);
    }
    m_attemptView->showAttempt(hit.attemptId, highlight);
    m_pages->setCurrentWidget(m_attemptView);
}

} // namespace mockloop::desktop
