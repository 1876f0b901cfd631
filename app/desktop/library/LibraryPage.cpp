#include "library/LibraryPage.h"

#include "common/BankNames.h"
#include "common/Confirmation.h"
#include "library/ImportDialog.h"
#include "library/QuestionDialog.h"
#include "library/QuestionHtml.h"
#include "library/QuestionTableModel.h"
#include "library/ReviewButton.h"
#include "questions/PackExport.h"
#include "questions/PackValidator.h"
#include "window/DataActions.h"
#include "window/StatusNotice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

namespace {

constexpr int kAnyKind = -1;

// A filter combo with its label; the label's mnemonic focuses the combo.
QComboBox *filterCombo(const QString &objectName, const QString &label, QHBoxLayout *row,
                       QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // Long tags must not push the row wider than a small screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(5);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(combo);
    row->addWidget(caption);
    row->addWidget(combo);
    row->addSpacing(6);
    return combo;
}

// Refills a combo of "All" plus keys, keeping the chosen key when it is still there.
void fillKeys(QComboBox *combo, const QStringList &keys, QString (*label)(const QString &))
{
    const QSignalBlocker blocker(combo);
    const QString chosen = combo->currentData().toString();
    combo->clear();
    combo->addItem(LibraryPage::tr("All"), QString());
    for (const QString &key : keys)
        combo->addItem(label ? label(key) : key, key);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

} // namespace

LibraryPage::LibraryPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new QuestionTableModel(db, this))
{
    m_model->setObjectName(QStringLiteral("libraryModel"));

    // The parts in the order their widgets were always created: the tab order follows it.
    QHBoxLayout *header = buildHeader();
    QHBoxLayout *filters = buildFilters();
    QWidget *tablePane = buildTablePane();
    QWidget *detailPane = buildDetailPane();
    QWidget *pickedBox = buildPickedBox();
    QSplitter *splitter = buildSplitter(tablePane, detailPane, pickedBox);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connectViews();

    // The questions are read when the page is shown (MainWindow::showLibrary calls refresh()),
    // so a start on a large bank does not pay for a page nobody opened yet.
    updatePicked();
}

QHBoxLayout *LibraryPage::buildHeader()
{
    auto *title = new QLabel(tr("Question library"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("libraryHomeButton"));
    connect(homeButton, &QPushButton::clicked, this, &LibraryPage::homeRequested);
    auto *importButton = new QPushButton(tr("&Import questions…"), this);
    importButton->setObjectName(QStringLiteral("libraryImportButton"));
    importButton->setToolTip(tr("Bring in a JSON pack or a Markdown list of questions; you see a "
                                "preview before anything is saved."));
    connect(importButton, &QPushButton::clicked, this, &LibraryPage::importQuestions);
    auto *addButton = new QPushButton(tr("&New question…"), this);
    addButton->setObjectName(QStringLiteral("libraryAddButton"));
    connect(addButton, &QPushButton::clicked, this, &LibraryPage::addQuestion);
    auto *exportListButton = new QPushButton(tr("E&xport list as Markdown…"), this);
    exportListButton->setObjectName(QStringLiteral("libraryExportListButton"));
    exportListButton->setToolTip(tr("Write the questions listed below as a Markdown list."));
    connect(exportListButton, &QPushButton::clicked, this, &LibraryPage::exportListAsMarkdown);
    auto *header = new QHBoxLayout;
    header->addWidget(title, 1);
    header->addWidget(importButton);
    header->addWidget(addButton);
    header->addWidget(exportListButton);
    header->addWidget(homeButton);

    return header;
}

// Filters: every change re-asks the bank at once (a few hundred questions: instant).
QHBoxLayout *LibraryPage::buildFilters()
{
    auto *filters = new QHBoxLayout;
    m_kindCombo = filterCombo(QStringLiteral("libraryKind"), tr("&Kind:"), filters, this);
    m_kindCombo->addItem(tr("All"), kAnyKind);
    for (RoundKind kind : kAllRoundKinds)
        m_kindCombo->addItem(displayName(kind), int(kind));
    m_trackCombo = filterCombo(QStringLiteral("libraryTrack"), tr("T&rack:"), filters, this);
    m_tagCombo = filterCombo(QStringLiteral("libraryTag"), tr("T&ag:"), filters, this);
    m_difficultyCombo = filterCombo(QStringLiteral("libraryDifficulty"), tr("&Difficulty:"),
                                    filters, this);
    m_difficultyCombo->addItem(tr("All"), QString());
    for (const QString &key : difficultyKeys())
        m_difficultyCombo->addItem(difficultyDisplayName(key), key);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setToolTip(tr("Finds the words in the question, its tags and its guidance."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    // Opening the library puts the keyboard in its search (MainWindow::showPage).
    setFocusProxy(m_search);
    filters->addWidget(m_search, 1);
    m_showHidden = new QCheckBox(tr("Sho&w hidden"), this);
    m_showHidden->setObjectName(QStringLiteral("libraryShowHidden"));
    filters->addWidget(m_showHidden);
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    return filters;
}

// Left: the table and its count.
QWidget *LibraryPage::buildTablePane()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("libraryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // One line a question: a bank of a few hundred wants dense rows.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(QuestionTableModel::TextColumn, QHeaderView::Stretch);
    for (int c : {QuestionTableModel::KindColumn, QuestionTableModel::DifficultyColumn,
                  QuestionTableModel::HiddenColumn})
        columns->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // Lists of tracks and tags can be long: a fixed start width, the full text in the tooltip.
    columns->resizeSection(QuestionTableModel::TracksColumn, 100);
    columns->resizeSection(QuestionTableModel::TagsColumn, 110);
    columns->resizeSection(QuestionTableModel::PackColumn, 90);
    columns->setMinimumSectionSize(40);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("libraryCount"));
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_count);

    return tablePane;
}

// Right, top: the selected question and what can be done with it.
QWidget *LibraryPage::buildDetailPane()
{
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("libraryDetail"));
    m_detail->setOpenLinks(false);
    m_hideButton = new QPushButton(tr("Hide"), this);
    m_hideButton->setObjectName(QStringLiteral("libraryHideButton"));
    m_pickButton = new QPushButton(tr("Add to my &loop"), this);
    m_pickButton->setObjectName(QStringLiteral("libraryPickButton"));
    connect(m_hideButton, &QPushButton::clicked, this, &LibraryPage::toggleHidden);
    connect(m_pickButton, &QPushButton::clicked, this, &LibraryPage::pickSelected);
    m_reviewButton = new ReviewButton(m_db, this);
    connect(m_reviewButton, &ReviewButton::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("libraryEditButton"));
    m_copyButton = new QPushButton(tr("&Copy to my pack"), this);
    m_copyButton->setObjectName(QStringLiteral("libraryCopyButton"));
    m_deleteButton = new QPushButton(tr("Dele&te"), this);
    m_deleteButton->setObjectName(QStringLiteral("libraryDeleteButton"));
    m_exportPackButton = new QPushButton(tr("Export &pack…"), this);
    m_exportPackButton->setObjectName(QStringLiteral("libraryExportPackButton"));
    connect(m_editButton, &QPushButton::clicked, this, &LibraryPage::editSelected);
    connect(m_copyButton, &QPushButton::clicked, this, &LibraryPage::copySelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &LibraryPage::deleteSelected);
    connect(m_exportPackButton, &QPushButton::clicked, this, &LibraryPage::exportSelectedPack);
    // Two rows: seven buttons in one made the pane at least as wide as all of them (wider
    // still in German), and the question column of the table gave way to them.
    auto *useButtons = new QHBoxLayout;
    useButtons->addWidget(m_pickButton);
    useButtons->addWidget(m_hideButton);
    useButtons->addWidget(m_reviewButton);
    useButtons->addStretch();
    auto *editButtons = new QHBoxLayout;
    editButtons->addWidget(m_editButton);
    editButtons->addWidget(m_copyButton);
    editButtons->addWidget(m_deleteButton);
    editButtons->addWidget(m_exportPackButton);
    editButtons->addStretch();
    auto *detailButtons = new QVBoxLayout;
    detailButtons->addLayout(useButtons);
    detailButtons->addLayout(editButtons);
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(detailButtons);

    return detailPane;
}

// Right, bottom: the person's own loop.
QWidget *LibraryPage::buildPickedBox()
{
    m_pickedBox = new QGroupBox(this);
    m_pickedList = new QListWidget(m_pickedBox);
    m_pickedList->setObjectName(QStringLiteral("libraryPicked"));
    // Whole questions, wrapped: the pane is narrow and there is no room to scroll sideways.
    m_pickedList->setWordWrap(true);
    m_pickedList->setResizeMode(QListView::Adjust);
    m_pickedList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_unpickButton = new QPushButton(tr("Re&move"), m_pickedBox);
    m_unpickButton->setObjectName(QStringLiteral("libraryUnpickButton"));
    m_practiseButton = new QPushButton(tr("&Practise picked questions…"), m_pickedBox);
    m_practiseButton->setObjectName(QStringLiteral("libraryPracticeButton"));
    connect(m_unpickButton, &QPushButton::clicked, this, &LibraryPage::unpickSelected);
    connect(m_practiseButton, &QPushButton::clicked, this, &LibraryPage::practise);
    connect(m_pickedList, &QListWidget::itemSelectionChanged, this, &LibraryPage::updatePicked);
    auto *pickedButtons = new QHBoxLayout;
    pickedButtons->addWidget(m_unpickButton);
    pickedButtons->addStretch();
    pickedButtons->addWidget(m_practiseButton);
    m_pickedHint = new QLabel(tr("Pick questions with “Add to my loop”, then practise them as "
                                 "a loop of your own: one round per kind."),
                              m_pickedBox);
    m_pickedHint->setWordWrap(true);
    m_pickedHint->setForegroundRole(QPalette::PlaceholderText);
    auto *pickedLayout = new QVBoxLayout(m_pickedBox);
    pickedLayout->addWidget(m_pickedHint);
    pickedLayout->addWidget(m_pickedList, 1);
    pickedLayout->addLayout(pickedButtons);

    return m_pickedBox;
}

// The table beside the detail pane over the picked questions.
QSplitter *LibraryPage::buildSplitter(QWidget *tablePane, QWidget *detailPane, QWidget *pickedBox)
{
    auto *rightSplitter = new QSplitter(Qt::Vertical, this);
    rightSplitter->setObjectName(QStringLiteral("libraryDetailSplitter"));
    rightSplitter->addWidget(detailPane);
    rightSplitter->addWidget(pickedBox);
    rightSplitter->setStretchFactor(0, 3);
    rightSplitter->setStretchFactor(1, 1);
    rightSplitter->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->addWidget(tablePane);
    splitter->addWidget(rightSplitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The table first: its question column is what people scan (scaled to the real width
    // when shown; a remembered position replaces it, MainWindow::restoreLayout).
    splitter->setSizes({600, 400});
    return splitter;
}

// Filters re-ask the bank, the selection fills the detail pane, the table's width decides
// which columns show.
void LibraryPage::connectViews()
{
    for (QComboBox *combo : {m_kindCombo, m_trackCombo, m_tagCombo, m_difficultyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::applyFilters);
    connect(m_showHidden, &QCheckBox::toggled, this, &LibraryPage::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::showSelected);
    // The viewport: its size is final when it hears of a resize (the table's own comes first).
    m_tableViewport = m_table->viewport();
    m_tableViewport->installEventFilter(this);
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_tableViewport)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void LibraryPage::fitColumns()
{
    // The question text is what people scan. On a narrow table the list columns give way
    // (pack first, then tracks, then tags); the detail pane shows them for the selected row.
    const int width = m_table->viewport()->width();
    m_table->setColumnHidden(QuestionTableModel::PackColumn, width < 860);
    m_table->setColumnHidden(QuestionTableModel::TracksColumn, width < 740);
    m_table->setColumnHidden(QuestionTableModel::TagsColumn, width < 620);
}

QuestionFilter LibraryPage::currentFilter() const
{
    QuestionFilter f;
    if (const int kind = m_kindCombo->currentData().toInt(); kind != kAnyKind)
        f.kind = static_cast<RoundKind>(kind);
    f.track = m_trackCombo->currentData().toString();
    f.tag = m_tagCombo->currentData().toString();
    f.difficulty = m_difficultyCombo->currentData().toString();
    f.text = m_search->text();
    f.includeHidden = m_showHidden->isChecked();
    return f;
}

void LibraryPage::fillFilterLists()
{
    const QuestionBank bank(m_db);
    fillKeys(m_trackCombo, bank.tracks(), &trackDisplayName);
    fillKeys(m_tagCombo, bank.tags(), nullptr);
}

void LibraryPage::refresh()
{
    fillFilterLists();
    const int row = selectedRow();
    reload(row >= 0 ? m_model->question(row).id : QString());
}

void LibraryPage::applyFilters()
{
    showMessage({}, false);
    const int row = selectedRow();
    reload(row >= 0 ? m_model->question(row).id : QString());
}

void LibraryPage::reload(const QString &keepId)
{
    m_model->setFilter(currentFilter());
    // Every row says "Hidden" or nothing: the column only earns its room when hidden show.
    m_table->setColumnHidden(QuestionTableModel::HiddenColumn, !m_showHidden->isChecked());
    const int count = m_model->rowCount();
    m_count->setText(questionCountText(count));
    const int row = keepId.isEmpty() ? -1 : m_model->rowOf(keepId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
    showSelected();
}

int LibraryPage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void LibraryPage::showSelected()
{
    const int row = selectedRow();
    m_hideButton->setEnabled(row >= 0);
    m_reviewButton->setQuestionId(row >= 0 ? m_model->question(row).id : QString());
    m_pickButton->setEnabled(false);
    const bool builtin = row >= 0 && QuestionBank(m_db).isBuiltin(m_model->question(row).id);
    m_editButton->setEnabled(row >= 0 && !builtin);
    m_deleteButton->setEnabled(row >= 0 && !builtin);
    m_copyButton->setEnabled(row >= 0 && builtin);
    m_exportPackButton->setEnabled(row >= 0);
    m_editButton->setToolTip(
        builtin ? tr("Built-in questions are read-only: copy it to your pack to change it.")
                : QString());
    if (row < 0) {
        m_hideButton->setText(tr("Hide"));
        const QString hint = m_model->rowCount() == 0
                                 ? tr("No question matches these filters.")
                                 : tr("Choose a question to read how to answer it, its key "
                                      "points and a model answer outline.");
        m_detail->setHtml(QStringLiteral("<p style=\"color: #808080\">") + hint.toHtmlEscaped()
                          + QStringLiteral("</p>"));
        m_pickButton->setToolTip({});
        return;
    }
    const Question &q = m_model->question(row);
    const bool hidden = m_model->isHidden(row);
    m_hideButton->setText(hidden ? tr("Unhide") : tr("Hide"));
    m_hideButton->setToolTip(hidden ? tr("Let this question be drawn for loops again.")
                                    : tr("Never draw this question for a loop; it stays here "
                                         "under “Show hidden”."));
    const bool picked = pickedIds().contains(q.id);
    m_pickButton->setEnabled(!picked);
    m_pickButton->setToolTip(picked ? tr("Already in your loop.")
                                    : tr("Add this question to the loop you are putting together."));
    m_detail->setHtml(QuestionHtml::build(q, hidden, m_model->packName(q.packId)));
}

void LibraryPage::toggleHidden()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Question q = m_model->question(row);
    const bool hide = !m_model->isHidden(row);
    QString error;
    if (!QuestionBank(m_db).setHidden(q.id, hide, &error)) {
        showMessage(tr("The question could not be changed: %1").arg(error), true);
        return;
    }
    reload(q.id);
    if (hide && !m_showHidden->isChecked()) {
        // A question can be a paragraph: its start is enough to recognise it.
        const QString start = q.text.size() > 70 ? q.text.left(70).trimmed() + QChar(u'…') : q.text;
        showMessage(tr("Hidden: “%1” is no longer drawn for loops. Tick “Show hidden” to find "
                       "it again.")
                        .arg(start),
                    false);
    } else {
        showMessage({}, false);
    }
}

QStringList LibraryPage::pickedIds() const
{
    QStringList ids;
    for (const Question &q : m_picked)
        ids.append(q.id);
    return ids;
}

void LibraryPage::pickSelected()
{
    const int row = selectedRow();
    if (row < 0 || pickedIds().contains(m_model->question(row).id))
        return;
    const Question &q = m_model->question(row);
    m_picked.append(q);
    auto *item = new QListWidgetItem(tr("%1 · %2").arg(displayName(q.kind), q.text));
    item->setToolTip(q.text);
    item->setData(Qt::UserRole, q.id);
    m_pickedList->addItem(item);
    showSelected();
    updatePicked();
}

void LibraryPage::unpickSelected()
{
    // The selected item, not the current one: a list gets a current item by itself.
    const QList<QListWidgetItem *> selected = m_pickedList->selectedItems();
    const int row = selected.isEmpty() ? -1 : m_pickedList->row(selected.constFirst());
    if (row < 0 || row >= m_picked.size())
        return;
    m_picked.removeAt(row);
    delete m_pickedList->takeItem(row);
    showSelected();
    updatePicked();
}

void LibraryPage::updatePicked()
{
    m_pickedBox->setTitle(m_picked.isEmpty() ? tr("My loop")
                                             : tr("My loop (%1)").arg(m_picked.size()));
    m_pickedHint->setVisible(m_picked.isEmpty());
    m_unpickButton->setEnabled(!m_pickedList->selectedItems().isEmpty());
    m_practiseButton->setEnabled(!m_picked.isEmpty());
    m_practiseButton->setToolTip(m_picked.isEmpty()
                                     ? tr("Add questions with “Add to my loop” first.")
                                     : tr("Open Setup with a loop of exactly these questions."));
}

void LibraryPage::practise()
{
    if (m_picked.isEmpty())
        return;
    showMessage({}, false);
    emit practiseRequested(practicePlan(m_picked));
}

void LibraryPage::importQuestions()
{
    const QString path = DataActions::chooseFile(
        this, FileKind::Import, tr("Import questions"), QString(),
        tr("Question lists (*.md *.markdown *.txt *.json *.csv *.tsv *.tab);;All files (*)"), false);
    if (path.isEmpty())
        return;
    QByteArray bytes;
    QString error;
    if (!PackValidator::readFile(path, &bytes, &error)) {
        DataActions::notify(this, tr("Import questions"), error, true);
        return;
    }
    auto *dialog = new ImportDialog(m_db, bytes, QFileInfo(path).fileName(), path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QString &packId, int count) {
        refresh();
        showMessage(tr("Imported %1 into the pack “%2”.")
                        .arg(questionCountText(count), m_model->packName(packId)),
                    false);
    });
    dialog->open(); // window-modal, without blocking: tests drive it like a person
}

void LibraryPage::openQuestionDialog(const Question &question)
{
    auto *dialog = new QuestionDialog(m_db, question, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QuestionDialog::saved, this, [this](const QString &id) {
        fillFilterLists();
        reload(id);
        showMessage(tr("Saved."), false);
    });
    dialog->open();
}

void LibraryPage::addQuestion()
{
    Question q;
    if (const int kind = m_kindCombo->currentData().toInt(); kind != kAnyKind)
        q.kind = static_cast<RoundKind>(kind);
    openQuestionDialog(q);
}

void LibraryPage::editSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        openQuestionDialog(m_model->question(row));
}

void LibraryPage::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Question q = m_model->question(row);
    if (!Confirmation::ask(
            this, tr("Delete question?"),
            tr("“%1” leaves the library. Your past answers to it stay in the history.").arg(q.text),
            tr("Delete question"), tr("Keep")))
        return;
    QString error;
    if (!QuestionBank(m_db).deleteOwnQuestion(q.id, &error)) {
        showMessage(tr("The question could not be deleted: %1").arg(error), true);
        return;
    }
    m_picked.removeIf([&q](const Question &p) { return p.id == q.id; });
    for (int i = m_pickedList->count() - 1; i >= 0; --i) {
        if (m_pickedList->item(i)->data(Qt::UserRole).toString() == q.id)
            delete m_pickedList->takeItem(i);
    }
    fillFilterLists();
    reload({});
    updatePicked();
    showMessage(tr("Deleted."), false);
}

void LibraryPage::copySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QString id;
    QString error;
    if (!QuestionBank(m_db).copyToOwnPack(m_model->question(row).id, &id, &error)) {
        showMessage(tr("The question could not be copied: %1").arg(error), true);
        return;
    }
    reload(id);
    showMessage(tr("Copied to “%1”; edit the copy as you like.")
                    .arg(m_model->packName(QuestionBank::ownPackId())),
                false);
}

void LibraryPage::exportSelectedPack()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const auto pack = QuestionBank(m_db).pack(m_model->question(row).packId);
    if (!pack)
        return;
    const QString path = DataActions::chooseFile(this, FileKind::ExportData,
                                                 tr("Export the pack “%1”").arg(pack->name),
                                                 pack->id + QStringLiteral(".json"),
                                                 tr("Question packs (*.json)"), true);
    if (path.isEmpty())
        return;
    QString error;
    if (!DataActions::writeFile(path, packToJson(*pack), &error))
        DataActions::notify(this, tr("Export failed"), error, true);
    else
        DataActions::notify(
            this, tr("Exported"),
            tr("The pack “%1” was written to %2.").arg(pack->name, QDir::toNativeSeparators(path)),
            false, DataActions::folderOf(path));
}

void LibraryPage::exportListAsMarkdown()
{
    QList<Question> listed;
    for (int row = 0; row < m_model->rowCount(); ++row)
        listed.append(m_model->question(row));
    if (listed.isEmpty()) {
        showMessage(tr("No question is listed: nothing to export."), true);
        return;
    }
    const QString path = DataActions::chooseFile(this, FileKind::ExportData,
                                                 tr("Export questions as Markdown"),
                                                 QStringLiteral("questions.md"),
                                                 tr("Markdown (*.md)"), true);
    if (path.isEmpty())
        return;
    QString error;
    if (!DataActions::writeFile(path, questionsToMarkdown(tr("My question list"), listed).toUtf8(),
                                &error))
        DataActions::notify(this, tr("Export failed"), error, true);
    else
        DataActions::notify(this, tr("Exported"),
                            tr("%1 written to %2.")
                                .arg(questionCountText(int(listed.size())),
                                     QDir::toNativeSeparators(path)),
                            false, DataActions::folderOf(path));
}

LoopPlan LibraryPage::practicePlan(const QList<Question> &picked)
{
    QList<PlannedQuestion> questions;
    for (const Question &q : picked)
        questions.append({q.id, q.kind});
    // The person chose what to practise; the closing segment is one tick away in Setup.
    LoopPlan plan = planOfQuestions(questions);
    plan.name = tr("Picked questions");
    return plan;
}

void LibraryPage::showMessage(const QString &text, bool isError)
{
    // In the status bar: a line above the table pushed it down with every message.
    StatusNotice::post(this, text, isError ? StatusNotice::Kind::Problem : StatusNotice::Kind::Info);
}

} // namespace mockloop::desktop
