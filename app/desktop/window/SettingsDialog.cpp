#include "window/SettingsDialog.h"

#include "common/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mockloop::desktop {

SettingsDialog::SettingsDialog(const AppSettings &settings, const QStringList &voiceNames,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_result(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *timing = new QGroupBox(tr("Timing"), this);
    m_prepSpin = new QSpinBox(timing);
    m_prepSpin->setObjectName(QStringLiteral("settingsPrepSpin"));
    m_prepSpin->setRange(0, 3600);
    m_prepSpin->setSingleStep(15);
    m_prepSpin->setSuffix(tr(" s"));
    m_prepSpin->setValue(settings.defaultPrepSeconds);
    m_answerSpin = new QSpinBox(timing);
    m_answerSpin->setObjectName(QStringLiteral("settingsAnswerSpin"));
    m_answerSpin->setRange(1, 24 * 3600);
    m_answerSpin->setSingleStep(15);
    m_answerSpin->setSuffix(tr(" s"));
    m_answerSpin->setValue(settings.defaultAnswerSeconds);
    m_warningsEdit = new QLineEdit(formatWarningSeconds(settings.warningSeconds), timing);
    m_warningsEdit->setObjectName(QStringLiteral("settingsWarningsEdit"));
    m_warningsEdit->setPlaceholderText(tr("none"));
    m_warningsEdit->setToolTip(tr("Seconds left when a warning fires, separated by commas, "
                                  "for example 60, 30."));
    auto *timingForm = new QFormLayout(timing);
    timingForm->addRow(tr("&Preparation for a new plan:"), m_prepSpin);
    timingForm->addRow(tr("&Answer for a new plan:"), m_answerSpin);
    timingForm->addRow(tr("&Warn when this many seconds are left:"), m_warningsEdit);

    auto *warnings = new QGroupBox(tr("Warnings and voice"), this);
    m_soundCheck = new QCheckBox(tr("&Beep with each warning"), warnings);
    m_soundCheck->setObjectName(QStringLiteral("settingsSoundCheck"));
    m_soundCheck->setChecked(settings.sound);
    m_voiceCheck = new QCheckBox(tr("The interviewer's &voice reads each question"), warnings);
    m_voiceCheck->setObjectName(QStringLiteral("settingsVoiceCheck"));
    m_voiceCheck->setChecked(settings.voice);
    m_spokenCheck = new QCheckBox(tr("The voice also says the &warnings (\"one minute left\")"),
                                  warnings);
    m_spokenCheck->setObjectName(QStringLiteral("settingsSpokenCheck"));
    m_spokenCheck->setChecked(settings.spokenWarnings);
    m_voiceCombo = new QComboBox(warnings);
    m_voiceCombo->setObjectName(QStringLiteral("settingsVoiceCombo"));
    m_voiceCombo->addItem(tr("The engine's default"), QString());
    for (const QString &name : voiceNames)
        m_voiceCombo->addItem(name, name);
    if (!settings.voiceName.isEmpty() && m_voiceCombo->findData(settings.voiceName) < 0)
        m_voiceCombo->addItem(tr("%1 (not available now)").arg(settings.voiceName),
                              settings.voiceName);
    m_voiceCombo->setCurrentIndex(std::max(0, m_voiceCombo->findData(settings.voiceName)));
    m_rateSlider = new QSlider(Qt::Horizontal, warnings);
    m_rateSlider->setObjectName(QStringLiteral("settingsRateSlider"));
    m_rateSlider->setRange(-10, 10);
    m_rateSlider->setPageStep(2);
    m_rateSlider->setTickPosition(QSlider::TicksBelow);
    m_rateSlider->setValue(int(std::lround(settings.voiceRate * 10)));
    m_rateSlider->setAccessibleName(tr("Speaking rate"));
    auto *warningsForm = new QFormLayout(warnings);
    warningsForm->addRow(m_soundCheck);
    warningsForm->addRow(m_voiceCheck);
    warningsForm->addRow(m_spokenCheck);
    warningsForm->addRow(tr("V&oice:"), m_voiceCombo);
    warningsForm->addRow(tr("&Rate (slow … fast):"), m_rateSlider);
    if (voiceNames.isEmpty()) {
        auto *none = new QLabel(tr("No voices found: speech may be unavailable on this "
                                   "computer. MockLoop works the same without it."),
                                warnings);
        none->setWordWrap(true);
        none->setForegroundRole(QPalette::PlaceholderText);
        warningsForm->addRow(none);
    }
    connect(m_voiceCheck, &QCheckBox::toggled, this, &SettingsDialog::updateVoiceFields);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    m_themeCombo = new QComboBox(appearance);
    m_themeCombo->setObjectName(QStringLiteral("settingsThemeCombo"));
    m_themeCombo->addItem(tr("The desktop's colours"), int(Theme::System));
    m_themeCombo->addItem(tr("Light"), int(Theme::Light));
    m_themeCombo->addItem(tr("Dark"), int(Theme::Dark));
    m_themeCombo->setCurrentIndex(std::max(0, m_themeCombo->findData(int(settings.theme))));
    m_languageCombo = new QComboBox(appearance);
    m_languageCombo->setObjectName(QStringLiteral("settingsLanguageCombo"));
    m_languageCombo->addItem(tr("The system's language"), QString());
    // Language names in their own language: a person who cannot read the current one finds
    // theirs.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en_US"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de_DE"));
    if (!settings.language.isEmpty() && m_languageCombo->findData(settings.language) < 0)
        m_languageCombo->addItem(settings.language, settings.language);
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(settings.language)));
    m_languageNote = new QLabel(tr("A new language takes effect when MockLoop starts again."),
                                appearance);
    m_languageNote->setObjectName(QStringLiteral("settingsLanguageNote"));
    m_languageNote->setWordWrap(true);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Theme:"), m_themeCombo);
    appearanceForm->addRow(tr("&Language:"), m_languageCombo);
    appearanceForm->addRow(m_languageNote);

    m_error = new ErrorLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(timing);
    layout->addWidget(warnings);
    layout->addWidget(appearance);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateVoiceFields();
}

void SettingsDialog::updateVoiceFields()
{
    const bool on = m_voiceCheck->isChecked();
    m_spokenCheck->setEnabled(on);
    m_voiceCombo->setEnabled(on);
    m_rateSlider->setEnabled(on);
}

void SettingsDialog::accept()
{
    bool ok = false;
    const QList<int> warnings = parseWarningSeconds(m_warningsEdit->text(), &ok);
    if (!ok) {
        m_error->setText(tr("Warnings: write whole numbers of seconds above 0, separated by "
                            "commas (for example 60, 30)."));
        m_error->show();
        m_warningsEdit->setFocus();
        return;
    }
    AppSettings s = m_initial;
    s.defaultPrepSeconds = m_prepSpin->value();
    s.defaultAnswerSeconds = m_answerSpin->value();
    s.warningSeconds = warnings;
    s.sound = m_soundCheck->isChecked();
    s.voice = m_voiceCheck->isChecked();
    s.spokenWarnings = m_spokenCheck->isChecked();
    s.voiceName = m_voiceCombo->currentData().toString();
    s.voiceRate = m_rateSlider->value() / 10.0;
    s.theme = static_cast<Theme>(m_themeCombo->currentData().toInt());
    s.language = m_languageCombo->currentData().toString();
    m_result = s;
    QDialog::accept();
}

} // namespace mockloop::desktop
