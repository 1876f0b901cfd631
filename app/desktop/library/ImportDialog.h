#pragma once

#include "bank/Importer.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// The preview before an import saves anything: how many questions each category brings, the
// round kind each category goes to (a guess the person can change), problems that stop the
// import, duplicates of questions already in the bank and what was left out. "Import" saves it
// all in one transaction (core/Importer.h); the dialog only shows and collects choices.
// For a CSV or TSV file a "Columns" section shows the separator, the header row and the first
// rows with what each column holds; for a Markdown file a "Reading" section names the shape
// found and switches how headings are read; changing any of them reads the file again. Each
// category's kind shows why it is proposed; a re-import lists what it updates, adds and removes.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads bytes (the file's name tells its format) and can read them again with the
    // person's choices. sourcePath: where the file is, so the kinds chosen are remembered for it.
    ImportDialog(Database &db, const QByteArray &bytes, const QString &fileName,
                 const QString &sourcePath, QWidget *parent = nullptr);
    // A preview made elsewhere: shown as it is, without the choices that read the file again.
    ImportDialog(Database &db, ImportPreview preview, QWidget *parent = nullptr);

    const ImportPreview &preview() const { return m_preview; }

signals:
    void imported(const QString &packId, int questionCount);

private:
    void fillPreview();
    void fillColumns();
    void fillReading();
    void fillChanges();
    void reread();
    void updateSummary();
    void importNow();

    Database &m_db;
    QByteArray m_bytes;
    QString m_sourcePath;
    ImportOptions m_options;
    ImportPreview m_preview;
    QHash<QString, RoundKind> m_chosenKinds; // category → the kind the person picked
    int m_roleColumn = -1;                   // the column whose role combo changed last
    ColumnMapping m_roleBase;                // the mapping before that combo changed
    QLabel *m_summary;
    QGroupBox *m_columnsBox = nullptr;
    QComboBox *m_separator = nullptr;
    QCheckBox *m_header = nullptr;
    QTableWidget *m_columns = nullptr;
    QGroupBox *m_readingBox = nullptr;
    QLabel *m_shape = nullptr;
    QRadioButton *m_asCategories = nullptr;
    QRadioButton *m_asQuestions = nullptr;
    QGroupBox *m_changesBox;
    QTabWidget *m_changes;
    QListWidget *m_updated;
    QListWidget *m_added;
    QListWidget *m_removed;
    QTableWidget *m_categories;
    QGroupBox *m_problemsBox;
    QListWidget *m_problems;
    QGroupBox *m_duplicatesBox;
    QListWidget *m_duplicates;
    QCheckBox *m_skipDuplicates;
    QGroupBox *m_leftOutBox;
    QListWidget *m_leftOut;
    QLabel *m_error;
    QPushButton *m_importButton;
};

} // namespace mockloop::desktop
