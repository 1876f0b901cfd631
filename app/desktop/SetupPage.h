#pragma once

#include "Plan.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace mockloop::desktop {

// Choosing and editing a loop plan. A preset fills the form; any edit turns it into "Custom".
// Starting is a request: MainWindow creates the session and reports errors back here.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    // The plan the form describes now.
    LoopPlan plan() const;
    void loadPlan(const LoopPlan &plan);
    void showError(const QString &message);

signals:
    void startRequested(const mockloop::LoopPlan &plan);
    void backRequested();

private:
    void presetChosen(int index);
    void edited();
    void addRound();
    void removeRound();
    void setRounds(const QList<RoundPlan> &rounds);
    void appendRoundRow(const RoundPlan &round);
    void updateSummary();
    void requestStart();

    QComboBox *m_presetCombo;
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
    QLabel *m_summary;
    QLabel *m_message;
    QString m_presetName; // the name of the preset the form came from, while unedited
    bool m_loading = false; // filling the form is not an edit
};

} // namespace mockloop::desktop
