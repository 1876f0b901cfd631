#pragma once

#include "base/Settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

namespace mockloop::desktop {

// Edit → Settings…: the typed settings as a form. OK checks the values (a clear message, the
// dialog stays open on bad input); the caller stores and applies settings().
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // voiceNames: what the speech engine offers (empty: only "the engine's default").
    SettingsDialog(const AppSettings &settings, const QStringList &voiceNames,
                   QWidget *parent = nullptr);

    AppSettings settings() const { return m_result; }

    void accept() override;

private:
    void updateVoiceFields();

    AppSettings m_initial;
    AppSettings m_result;
    QSpinBox *m_prepSpin;
    QSpinBox *m_answerSpin;
    QLineEdit *m_warningsEdit;
    QCheckBox *m_soundCheck;
    QCheckBox *m_spokenCheck;
    QCheckBox *m_voiceCheck;
    QComboBox *m_voiceCombo;
    QSlider *m_rateSlider;
    QComboBox *m_themeCombo;
    QComboBox *m_languageCombo;
    QLabel *m_languageNote;
    QLabel *m_error;
};

} // namespace mockloop::desktop
