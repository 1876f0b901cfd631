#pragma once

#include "bank/Importer.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace mockloop {
class Database;
}

namespace mockloop::desktop {

// The preview before an import saves anything: how many questions each category brings, the
// round kind each category goes to (a guess the person can change), problems that stop the
// import, duplicates of questions already in the bank and what was left out. "Import" saves it
// all in one transaction (core/Importer.h); the dialog only shows and collects choices.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database &db, ImportPreview preview, QWidget *parent = nullptr);

    const ImportPreview &preview() const { return m_preview; }

signals:
    void imported(const QString &packId, int questionCount);

private:
    void updateSummary();
    // On a re-import: the Updated, New and Removed lists; nullptr otherwise.
    QWidget *reimportChanges();
    void importNow();

    Database &m_db;
    ImportPreview m_preview;
    QLabel *m_summary;
    QTableWidget *m_categories;
    QListWidget *m_problems;
    QListWidget *m_duplicates;
    QCheckBox *m_skipDuplicates;
    QListWidget *m_leftOut;
    QLabel *m_error;
    QPushButton *m_importButton;
};

} // namespace mockloop::desktop
