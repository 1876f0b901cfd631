#include "library/ImportDialog.h"

#include "bank/QuestionBank.h"
#include "common/BankNames.h"
#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mockloop::desktop {

namespace {

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// The rows of the columns table: the first holds the role combos, the rest the file's rows.
constexpr int kRoleRow = 0;

} // namespace

ImportDialog::ImportDialog(Database &db, const QByteArray &bytes, const QString &fileName,
                           const QString &sourcePath, QWidget *parent)
    : ImportDialog(db, previewImport(bytes, fileName, QuestionBank(db), {}, sourcePath), parent)
{
    m_bytes = bytes;
    m_sourcePath = sourcePath;
    if (m_preview.markdown && m_preview.problems.isEmpty()) {
        // How the headings were read, and the other reading with what it would find.
        m_shape = new QLabel(this);
        m_shape->setObjectName(QStringLiteral("importShape"));
        m_shape->setWordWrap(true);
        m_asCategories = new QRadioButton(this);
        m_asCategories->setObjectName(QStringLiteral("importHeadingsAreCategories"));
        m_asQuestions = new QRadioButton(this);
        m_asQuestions->setObjectName(QStringLiteral("importHeadingsAreQuestions"));
        auto *readings = new QHBoxLayout;
        readings->addWidget(m_asCategories);
        readings->addSpacing(16);
        readings->addWidget(m_asQuestions);
        readings->addStretch(1);
        m_readingBox = new QGroupBox(tr("How the file was read"), this);
        m_readingBox->setObjectName(QStringLiteral("importReadingBox"));
        auto *readingLayout = new QVBoxLayout(m_readingBox);
        readingLayout->addWidget(m_shape);
        readingLayout->addLayout(readings);
        for (QRadioButton *button : {m_asCategories, m_asQuestions}) {
            connect(button, &QRadioButton::toggled, this, [this, button](bool on) {
                if (!on)
                    return;
                m_options.reading = button == m_asQuestions ? HeadingReading::Questions
                                                            : HeadingReading::Categories;
                reread();
            });
        }
        if (auto *top = qobject_cast<QVBoxLayout *>(layout()))
            top->insertWidget(1, m_readingBox, 0);
        fillReading();
        setTabOrder(m_asCategories, m_asQuestions);
    }
    if (!m_preview.delimited)
        return;
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("importSeparator"));
    m_separator->addItem(tr("Comma"), QVariant::fromValue(QChar(QLatin1Char(','))));
    m_separator->addItem(tr("Semicolon"), QVariant::fromValue(QChar(QLatin1Char(';'))));
    m_separator->addItem(tr("Tab"), QVariant::fromValue(QChar(QLatin1Char('\t'))));
    if (m_separator->findData(QVariant::fromValue(m_preview.columns.separator)) < 0)
        m_separator->addItem(tr("“%1”").arg(m_preview.columns.separator),
                             QVariant::fromValue(m_preview.columns.separator));
    m_separator->setCurrentIndex(
        m_separator->findData(QVariant::fromValue(m_preview.columns.separator)));
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        m_options.delimited.separator = m_separator->currentData().value<QChar>();
        m_options.delimited.mapping.reset(); // other columns: guessed again
        m_roleColumn = -1;
        reread();
    });
    m_header = new QCheckBox(tr("First row is a &header"), this);
    m_header->setObjectName(QStringLiteral("importHeader"));
    m_header->setChecked(m_preview.columns.header);
    connect(m_header, &QCheckBox::toggled, this, [this](bool header) {
        m_options.delimited.header = header;
        // The columns stay what they were; only whether the first row is data changes.
        m_options.delimited.mapping = m_preview.columns.mapping;
        m_roleColumn = -1;
        reread();
    });

    m_columns = new QTableWidget(this);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setAccessibleName(tr("The first rows of the file and what each column holds"));
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setTabKeyNavigation(false); // Tab goes from one column's combo to the next
    m_columns->setWordWrap(false);
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_columns->horizontalHeader()->setStretchLastSection(true);

    auto *separatorLabel = new QLabel(tr("&Separator:"), this);
    separatorLabel->setBuddy(m_separator);
    auto *hint = new QLabel(tr("Choose what each column holds; the counts below follow."), this);
    hint->setWordWrap(true);
    auto *options = new QHBoxLayout;
    options->addWidget(separatorLabel);
    options->addWidget(m_separator);
    options->addSpacing(16);
    options->addWidget(m_header);
    options->addStretch(1);

    m_columnsBox = new QGroupBox(tr("Columns"), this);
    m_columnsBox->setObjectName(QStringLiteral("importColumnsBox"));
    auto *columnsLayout = new QVBoxLayout(m_columnsBox);
    columnsLayout->addLayout(options);
    columnsLayout->addWidget(hint);
    columnsLayout->addWidget(m_columns);
    if (auto *top = qobject_cast<QVBoxLayout *>(layout()))
        top->insertWidget(1, m_columnsBox, 0); // its own height: the categories take the rest
    fillColumns();
    // Room for the categories: the lists below them keep to a few lines (they scroll).
    const int lines = 4 * fontMetrics().lineSpacing() + 2 * m_problems->frameWidth() + 4;
    m_problems->setMaximumHeight(lines);
    m_leftOut->setMaximumHeight(lines);
    m_duplicates->setMaximumHeight(lines);
    m_categories->setMinimumHeight(m_categories->horizontalHeader()->sizeHint().height()
                                   + 3 * m_categories->verticalHeader()->defaultSectionSize()
                                   + 2 * m_categories->frameWidth());
    setTabOrder(m_separator, m_header);
    resize(960, 740);
    m_separator->setFocus();
}

ImportDialog::ImportDialog(Database &db, ImportPreview preview, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_preview(std::move(preview))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import questions from %1").arg(QFileInfo(m_preview.fileName).fileName()));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);

    m_categories = new QTableWidget(0, 4, this);
    m_categories->setObjectName(QStringLiteral("importCategories"));
    m_categories->setHorizontalHeaderLabels(
        {tr("Category"), tr("Questions"), tr("Round kind"), tr("Why")});
    m_categories->verticalHeader()->hide();
    m_categories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // One line a category: a reason too long for its column is elided, whole in its tooltip.
    m_categories->setWordWrap(false);
    m_categories->setTextElideMode(Qt::ElideRight);
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_categories->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_categories->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_categories->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);

    // A re-import: what it updates, adds and removes (filled by fillChanges).
    auto changeList = [this](const char *name, const QString &accessibleName) {
        auto *w = new QListWidget(this);
        w->setObjectName(QLatin1String(name));
        w->setAccessibleName(accessibleName);
        w->setWordWrap(true);
        w->setAlternatingRowColors(true);
        return w;
    };
    m_updated = changeList("reimportUpdated", tr("Updated questions"));
    m_updated->setToolTip(tr("The file words these questions differently. Each keeps its answers, "
                             "review schedule and hidden flag; answers keep the wording they had."));
    m_added = changeList("reimportAdded", tr("New questions"));
    m_removed = changeList("reimportRemoved", tr("Removed questions"));
    m_removed->setToolTip(tr("The file no longer has these questions: they leave the bank, their "
                             "answers stay in History."));
    m_changes = new QTabWidget(this);
    m_changes->setObjectName(QStringLiteral("reimportChanges"));
    m_changes->setAccessibleName(tr("Changes to the installed pack"));
    m_changes->setDocumentMode(true);
    m_changes->addTab(m_updated, QString());
    m_changes->addTab(m_added, QString());
    m_changes->addTab(m_removed, QString());

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);

    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    m_skipDuplicates = new QCheckBox(tr("&Leave duplicates out"), this);
    m_skipDuplicates->setObjectName(QStringLiteral("importSkipDuplicates"));
    m_skipDuplicates->setChecked(m_preview.skipDuplicates);
    connect(m_skipDuplicates, &QCheckBox::toggled, this, [this](bool skip) {
        m_preview.skipDuplicates = skip;
        updateSummary();
    });
    auto *duplicatesPane = new QWidget(this);
    auto *duplicatesLayout = new QVBoxLayout(duplicatesPane);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    duplicatesLayout->addWidget(m_duplicates);
    duplicatesLayout->addWidget(m_skipDuplicates);

    m_leftOut = new QListWidget(this);
    m_leftOut->setObjectName(QStringLiteral("importLeftOut"));

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("importCancelButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(section(tr("Categories and round kinds"), m_categories, this), 2);
    m_changesBox = section(QString(), m_changes, this);
    m_changesBox->setObjectName(QStringLiteral("reimportBox"));
    layout->addWidget(m_changesBox, 2);
    m_problemsBox = section(tr("Problems (nothing is imported until they are fixed)"), m_problems,
                            this);
    layout->addWidget(m_problemsBox, 1);
    m_duplicatesBox = section(tr("Already in the bank"), duplicatesPane, this);
    layout->addWidget(m_duplicatesBox, 1);
    m_leftOutBox = section(tr("Left out (not questions)"), m_leftOut, this);
    layout->addWidget(m_leftOutBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillPreview();
    // A re-import adds the changes box: taller, still within a 1024×700 screen.
    resize(960, m_changesBox->isVisible() ? 660 : 560);
}

void ImportDialog::fillPreview()
{
    m_categories->setRowCount(0);
    m_categories->setRowCount(int(m_preview.categories.size()));
    for (int row = 0; row < m_preview.categories.size(); ++row) {
        const ImportCategory &c = m_preview.categories.at(row);
        auto *nameItem = new QTableWidgetItem(c.name);
        nameItem->setToolTip(c.name); // a long one is elided
        m_categories->setItem(row, 0, nameItem);
        m_categories->setItem(row, 1, new QTableWidgetItem(QString::number(c.count)));
        auto *kind = new QComboBox(m_categories);
        kind->setObjectName(QStringLiteral("importKind"));
        kind->setAccessibleName(tr("Round kind for %1").arg(c.name));
        for (RoundKind k : kAllRoundKinds)
            kind->addItem(displayName(k), int(k));
        kind->setCurrentIndex(kind->findData(int(c.kind)));
        // Why the preview proposes this kind (core's reason), beside it and on the combo.
        auto *why = new QTableWidgetItem(c.reason);
        why->setToolTip(c.reason);
        kind->setToolTip(c.reason);
        m_categories->setItem(row, 3, why);
        const QString name = c.name;
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, why, name] {
            const auto chosen = static_cast<RoundKind>(kind->currentData().toInt());
            m_preview.setKind(name, chosen);
            m_chosenKinds.insert(name, chosen);
            for (const ImportCategory &changed : m_preview.categories) {
                if (changed.name == name) {
                    why->setText(changed.reason);
                    why->setToolTip(changed.reason);
                    kind->setToolTip(changed.reason);
                }
            }
            updateSummary();
        });
        m_categories->setCellWidget(row, 2, kind);
    }
    // Up to four categories in view without scrolling; more scroll.
    int height = m_categories->horizontalHeader()->sizeHint().height()
                 + 2 * m_categories->frameWidth();
    for (int row = 0; row < std::min(m_categories->rowCount(), 4); ++row)
        height += m_categories->rowHeight(row);
    m_categories->setMinimumHeight(height);
    // The names as wide as they need, within about a seventh and a third of the dialog's width;
    // "Why" takes the rest.
    m_categories->resizeColumnToContents(0);
    m_categories->setColumnWidth(0, std::clamp(m_categories->columnWidth(0), 140, 300));

    m_problems->clear();
    m_problems->addItems(m_preview.problems);
    m_problemsBox->setVisible(!m_preview.problems.isEmpty());
    m_duplicates->clear();
    for (const ImportDuplicate &d : m_preview.duplicates)
        m_duplicates->addItem(tr("“%1” is already in the bank (%2)").arg(d.text, d.existingId));
    m_duplicatesBox->setVisible(!m_preview.duplicates.isEmpty());
    m_leftOut->clear();
    m_leftOut->addItems(m_preview.leftOut);
    m_leftOutBox->setVisible(!m_preview.leftOut.isEmpty());
    m_leftOutBox->setTitle(m_preview.delimited ? tr("Left out (rows without a question)")
                                               : tr("Left out (not questions)"));
    fillChanges();
    if (m_readingBox)
        fillReading();
    updateSummary();
}

void ImportDialog::fillChanges()
{
    const ReimportReport &r = m_preview.reimport;
    m_changesBox->setVisible(r.active && m_preview.problems.isEmpty());
    const QLocale locale;
    m_updated->clear();
    for (const ReimportUpdated &u : r.updated) {
        auto *item = new QListWidgetItem(tr("“%1”\n→ “%2” (%3 % alike)")
                                             .arg(u.oldText, u.newText,
                                                  locale.toString(qRound(u.similarity * 100))),
                                         m_updated);
        item->setData(Qt::UserRole, u.id);
    }
    m_added->clear();
    m_added->addItems(r.added);
    m_removed->clear();
    for (const ReimportRemoved &gone : r.removed) {
        // Spelled out rather than "%n answer(s)": without an English catalogue that shows "(s)".
        const QString text = gone.attempts == 0 ? tr("“%1” — never answered").arg(gone.text)
                             : gone.attempts == 1
                                 ? tr("“%1” — 1 answer, it stays in History").arg(gone.text)
                                 : tr("“%1” — %2 answers, they stay in History")
                                       .arg(gone.text, locale.toString(gone.attempts));
        auto *item = new QListWidgetItem(text, m_removed);
        item->setData(Qt::UserRole, gone.id);
    }
    m_changes->setTabText(0, tr("&Updated (%1)").arg(locale.toString(r.updated.size())));
    m_changes->setTabText(1, tr("&New (%1)").arg(locale.toString(r.added.size())));
    m_changes->setTabText(2, tr("&Removed (%1)").arg(locale.toString(r.removed.size())));
    m_changesBox->setTitle(
        tr("Changes to the installed pack (%1 unchanged)").arg(locale.toString(r.unchanged)));
    // Open on the first list that has something in it.
    for (int i = 0; i < m_changes->count(); ++i) {
        if (static_cast<QListWidget *>(m_changes->widget(i))->count() > 0) {
            m_changes->setCurrentIndex(i);
            break;
        }
    }
}

void ImportDialog::fillReading()
{
    const bool asQuestions = m_preview.reading == HeadingReading::Questions;
    const int found = int(m_preview.pack.questions.size());
    m_shape->setText(m_preview.shape.isEmpty() ? tr("No questions found.")
                                               : tr("Found: %1.").arg(m_preview.shape));
    const QSignalBlocker quietCategories(m_asCategories);
    const QSignalBlocker quietQuestions(m_asQuestions);
    // The reading in use shows its count; choosing the other reads the file again (a second
    // reading of a 10,000-question file would cost half a second before the dialog opens).
    m_asCategories->setText(asQuestions
                                ? tr("Headings are &categories")
                                : tr("Headings are &categories (%1)").arg(questionCountText(found)));
    m_asQuestions->setText(asQuestions
                               ? tr("Headings are &questions (%1)").arg(questionCountText(found))
                               : tr("Headings are &questions"));
    m_asCategories->setChecked(!asQuestions);
    m_asQuestions->setChecked(asQuestions);
    // Nothing to choose when both readings find the same (a list under each heading).
    const bool choice = m_preview.readingsDiffer || m_options.reading != HeadingReading::Auto;
    m_asCategories->setVisible(choice);
    m_asQuestions->setVisible(choice);
}

void ImportDialog::fillColumns()
{
    const ImportColumns &cols = m_preview.columns;
    const int columnCount = int(cols.names.size());
    if (m_columns->columnCount() != columnCount) {
        m_columns->setRowCount(0);
        m_columns->setColumnCount(columnCount);
        m_columns->setRowCount(1);
        QWidget *previous = m_header;
        for (int c = 0; c < columnCount; ++c) {
            auto *role = new QComboBox(m_columns);
            role->setObjectName(QStringLiteral("importColumnRole%1").arg(c + 1));
            for (ColumnRole r : kAllColumnRoles)
                role->addItem(displayName(r), int(r));
            connect(role, &QComboBox::currentIndexChanged, this, [this, role, c] {
                // Arrowing through one combo passes other roles: each step starts from the
                // mapping before this combo changed, so passing "Question" takes the question
                // from its column only while it stays chosen.
                if (m_roleColumn != c) {
                    m_roleColumn = c;
                    m_roleBase = m_preview.columns.mapping;
                }
                ColumnMapping mapping = m_roleBase;
                mapping.setRole(c, static_cast<ColumnRole>(role->currentData().toInt()));
                m_options.delimited.mapping = mapping;
                reread();
            });
            m_columns->setCellWidget(kRoleRow, c, role);
            setTabOrder(previous, role);
            previous = role;
        }
    }
    m_columns->setHorizontalHeaderLabels(cols.names);
    for (int c = 0; c < columnCount; ++c) {
        auto *role = qobject_cast<QComboBox *>(m_columns->cellWidget(kRoleRow, c));
        role->setAccessibleName(tr("What column %1 (%2) holds").arg(c + 1).arg(cols.names.at(c)));
        const QSignalBlocker quiet(role);
        role->setCurrentIndex(role->findData(int(cols.mapping.roleOf(c))));
    }
    m_columns->setRowCount(1 + int(cols.rows.size()));
    for (int r = 0; r < cols.rows.size(); ++r) {
        for (int c = 0; c < columnCount; ++c) {
            const QString cell = cols.rows.at(r).value(c);
            auto *item = new QTableWidgetItem(cell.simplified());
            if (cell.contains(QLatin1Char('\n')) || cell.size() > 40)
                item->setToolTip(cell);
            m_columns->setItem(1 + r, c, item);
        }
    }
    m_columns->resizeColumnsToContents();
    for (int c = 0; c < columnCount; ++c)
        m_columns->setColumnWidth(c, std::clamp(m_columns->columnWidth(c), 110, 260));
    {
        const QSignalBlocker quiet(m_header);
        m_header->setChecked(cols.header);
    }
    // The role combos and up to four rows; more scroll.
    const int rows = std::min(m_columns->rowCount(), 5);
    int height = m_columns->horizontalHeader()->sizeHint().height() + 2 * m_columns->frameWidth()
                 + m_columns->horizontalScrollBar()->sizeHint().height();
    for (int r = 0; r < rows; ++r)
        height += m_columns->rowHeight(r);
    m_columns->setFixedHeight(height);
}

void ImportDialog::reread()
{
    const bool skip = m_preview.skipDuplicates;
    m_preview = previewImport(m_bytes, m_preview.fileName, QuestionBank(m_db), m_options,
                              m_sourcePath);
    m_preview.skipDuplicates = skip;
    for (auto it = m_chosenKinds.cbegin(); it != m_chosenKinds.cend(); ++it)
        m_preview.setKind(it.key(), it.value()); // kept where the category still exists
    m_error->hide();
    if (m_columns)
        fillColumns();
    fillPreview();
}

void ImportDialog::updateSummary()
{
    if (!m_preview.problems.isEmpty()) {
        m_summary->setText(
            m_preview.delimited
                ? tr("%1 cannot be imported: see the problems below. Fix the file, or choose other "
                     "columns above.")
                      .arg(QFileInfo(m_preview.fileName).fileName())
                : tr("%1 cannot be imported: see the problems below. Fix the file and import it "
                     "again.")
                      .arg(QFileInfo(m_preview.fileName).fileName()));
    } else {
        const int count = int(m_preview.packToSave().questions.size());
        const QString what = m_preview.installedVersion > 0
                                 ? tr("%1 will replace the pack “%2” (version %3 → %4).")
                                       .arg(questionCountText(count), m_preview.pack.name)
                                       .arg(m_preview.installedVersion)
                                       .arg(m_preview.pack.version)
                                 : tr("%1 will be added as the pack “%2”.")
                                       .arg(questionCountText(count), m_preview.pack.name);
        m_summary->setText(what + QLatin1Char(' ')
                           + tr("Choose the round kind for each category; hidden flags and past "
                                "answers are kept."));
    }
    m_importButton->setEnabled(m_preview.canImport());
}

void ImportDialog::importNow()
{
    QuestionBank bank(m_db);
    QString error;
    if (!applyImport(bank, m_preview, &error)) {
        m_error->setText(tr("Nothing was imported: %1").arg(error));
        m_error->show();
        return;
    }
    emit imported(m_preview.pack.id, int(m_preview.packToSave().questions.size()));
    accept();
}

} // namespace mockloop::desktop
