#pragma once

#include "session/Plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mockloop {
class Clock;
class Database;
}

namespace mockloop::desktop {

// Choosing and editing a loop plan. A preset fills the form; any edit turns it into "Custom".
// "Questions from" (the whole bank, a track or a pack) is independent of the preset: it only
// narrows which questions are drawn. Starting is a request: MainWindow creates the session
// and reports errors back here.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(Database &db, QWidget *parent = nullptr);

    // The plan the form describes now.
    LoopPlan plan() const;
    // Shows a whole plan: its rounds (rounds with chosen questions show "N chosen", not a
    // count to edit), settings and question source. A plan without a preset id shows as
    // "Custom" under its own name until it is edited.
    void loadPlan(const LoopPlan &plan);
    // Re-reads the tracks and packs "Questions from" offers, keeping the choice.
    void refreshSources();
    void showError(const QString &message);
    // The settings' timings for "New plan" (a blank custom plan).
    void setNewPlanDefaults(int prepSeconds, int answerSeconds);
    // A blank custom plan: one technical round, the settings' timings (the "New plan" button).
    LoopPlan newPlan() const;
    // The clock that stamps saved presets (MainWindow's).
    void setClock(const Clock *clock) { m_clock = clock; }
    // Re-reads the own presets into the plan list, keeping the choice when it still exists.
    void refreshPresets();
    // Own presets: save the form under a name, rename or delete the chosen one. Built-in
    // presets are read-only. Problems show on the page's message line.
    void saveAsPreset();
    void renamePreset();
    void deletePreset();

signals:
    void startRequested(const mockloop::LoopPlan &plan);
    void backRequested();

private:
    // The constructor's parts, top to bottom.
    QHBoxLayout *buildPresetRow();
    QGroupBox *buildRoundsBox();
    QGroupBox *buildSettingsBox();
    QHBoxLayout *buildModeButtons(QWidget *settingsBox);
    void buildMessages();
    QHBoxLayout *buildBottomRow();
    void connectForm();
    void presetChosen(int index);
    void fillForm(const LoopPlan &plan);
    void selectSource(const LoopPlan &plan);
    void sourceChosen();
    void edited();
    void addRound();
    void removeRound();
    void setRounds(const QList<RoundPlan> &rounds);
    void appendRoundRow(const RoundPlan &round);
    void updateSummary();
    void requestStart();
    void updatePresetButtons();
    std::optional<LoopPlan> presetPlan(const QString &id);

    Database &m_db;
    QComboBox *m_presetCombo;
    QComboBox *m_sourceCombo;
    QTableWidget *m_roundsTable;
    QSpinBox *m_prepSpin;
    QSpinBox *m_answerSpin;
    QSpinBox *m_budgetSpin;
    QComboBox *m_expiryCombo;
    QCheckBox *m_pauseCheck;
    QComboBox *m_gradingCombo;
    QComboBox *m_hintsCombo;
    QCheckBox *m_retakeCheck;
    QCheckBox *m_closingCheck;
    QCheckBox *m_aloudCheck;
    QComboBox *m_followUpsCombo;
    QSpinBox *m_followUpSpin;
    QPushButton *m_savePresetButton;
    QPushButton *m_renamePresetButton;
    QPushButton *m_deletePresetButton;
    const Clock *m_clock = nullptr;
    QLabel *m_summary;
    QLabel *m_sourceNote;
    QLabel *m_message;
    QString m_planName;             // the name of the plan the form came from, while unedited
    QList<QStringList> m_chosenIds; // per row: the round's chosen questions, or empty
    bool m_loading = false;         // filling the form is not an edit
    int m_newPrepSeconds = 60;
    int m_newAnswerSeconds = 180;
    // The bank is read when the page is first shown (refreshSources), not at construction.
    bool m_sourcesLoaded = false;
};

} // namespace mockloop::desktop
