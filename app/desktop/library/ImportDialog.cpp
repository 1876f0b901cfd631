#include "library/ImportDialog.h"

#include "bank/QuestionBank.h"
#include "common/BankNames.h"
#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
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

} // namespace

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

    m_categories = new QTableWidget(int(m_preview.categories.size()), 4, this);
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
            m_preview.setKind(name, static_cast<RoundKind>(kind->currentData().toInt()));
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
    // The names as wide as they need, within about a seventh and a third of the dialog's width;
    // "Why" takes the rest.
    m_categories->resizeColumnToContents(0);
    m_categories->setColumnWidth(0, std::clamp(m_categories->columnWidth(0), 140, 300));

    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->addItems(m_preview.problems);
    m_problems->setWordWrap(true);

    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    for (const ImportDuplicate &d : m_preview.duplicates)
        m_duplicates->addItem(tr("“%1” is already in the bank (%2)").arg(d.text, d.existingId));
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
    m_leftOut->addItems(m_preview.leftOut);

    QWidget *changesBox = reimportChanges();

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
    if (changesBox)
        layout->addWidget(changesBox, 2);
    auto *problemsBox = section(tr("Problems (nothing is imported until they are fixed)"),
                                m_problems, this);
    problemsBox->setVisible(!m_preview.problems.isEmpty());
    layout->addWidget(problemsBox, 1);
    auto *duplicatesBox = section(tr("Already in the bank"), duplicatesPane, this);
    duplicatesBox->setVisible(!m_preview.duplicates.isEmpty());
    layout->addWidget(duplicatesBox, 1);
    auto *leftOutBox = section(tr("Left out (not questions)"), m_leftOut, this);
    leftOutBox->setVisible(!m_preview.leftOut.isEmpty());
    layout->addWidget(leftOutBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // A re-import adds the changes box: taller, still within a 1024×700 screen.
    resize(960, changesBox ? 660 : 560);
    updateSummary();
}

QWidget *ImportDialog::reimportChanges()
{
    const ReimportReport &r = m_preview.reimport;
    if (!r.active || !m_preview.problems.isEmpty())
        return nullptr;
    auto list = [this](const char *name, const QString &accessibleName) {
        auto *w = new QListWidget(this);
        w->setObjectName(QLatin1String(name));
        w->setAccessibleName(accessibleName);
        w->setWordWrap(true);
        w->setAlternatingRowColors(true);
        return w;
    };
    auto *updated = list("reimportUpdated", tr("Updated questions"));
    updated->setToolTip(tr("The file words these questions differently. Each keeps its answers, "
                           "review schedule and hidden flag; answers keep the wording they had."));
    const QLocale locale;
    for (const ReimportUpdated &u : r.updated) {
        auto *item = new QListWidgetItem(tr("“%1”\n→ “%2” (%3 % alike)")
                                             .arg(u.oldText, u.newText,
                                                  locale.toString(qRound(u.similarity * 100))),
                                         updated);
        item->setData(Qt::UserRole, u.id);
    }
    auto *added = list("reimportAdded", tr("New questions"));
    added->addItems(r.added);
    auto *removed = list("reimportRemoved", tr("Removed questions"));
    removed->setToolTip(tr("The file no longer has these questions: they leave the bank, their "
                           "answers stay in History."));
    for (const ReimportRemoved &gone : r.removed) {
        // Spelled out rather than "%n answer(s)": without an English catalogue that shows "(s)".
        const QString text = gone.attempts == 0 ? tr("“%1” — never answered").arg(gone.text)
                             : gone.attempts == 1
                                 ? tr("“%1” — 1 answer, it stays in History").arg(gone.text)
                                 : tr("“%1” — %2 answers, they stay in History")
                                       .arg(gone.text, locale.toString(gone.attempts));
        auto *item = new QListWidgetItem(text, removed);
        item->setData(Qt::UserRole, gone.id);
    }

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reimportChanges"));
    tabs->setAccessibleName(tr("Changes to the installed pack"));
    tabs->setDocumentMode(true);
    tabs->addTab(updated, tr("&Updated (%1)").arg(locale.toString(r.updated.size())));
    tabs->addTab(added, tr("&New (%1)").arg(locale.toString(r.added.size())));
    tabs->addTab(removed, tr("&Removed (%1)").arg(locale.toString(r.removed.size())));
    // Open on the first list that has something in it.
    for (int i = 0; i < tabs->count(); ++i) {
        if (static_cast<QListWidget *>(tabs->widget(i))->count() > 0) {
            tabs->setCurrentIndex(i);
            break;
        }
    }
    auto *box =
        section(tr("Changes to the installed pack (%1 unchanged)").arg(locale.toString(r.unchanged)),
                tabs, this);
    box->setObjectName(QStringLiteral("reimportBox"));
    return box;
}

void ImportDialog::updateSummary()
{
    if (!m_preview.problems.isEmpty()) {
        m_summary->setText(
            tr("%1 cannot be imported: see the problems below. Fix the file and import it again.")
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
