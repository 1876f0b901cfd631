#include "window/DeleteDataDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mockloop::desktop {

using datatools::DataPart;
using datatools::DataParts;

DeleteDataDialog::DeleteDataDialog(const datatools::DataCounts &counts, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deleteDataDialog"));
    setWindowTitle(tr("Delete my data"));
    auto *intro = new QLabel(tr("Delete from this computer:"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    const std::pair<DataPart, const char *> names[] = {
        {DataPart::Sessions, "deleteSessionsBox"},
        {DataPart::Stories, "deleteStoriesBox"},
        {DataPart::OwnQuestions, "deleteOwnQuestionsBox"},
        {DataPart::OwnPresets, "deleteOwnPresetsBox"},
        {DataPart::Tracker, "deleteTrackerBox"},
    };
    for (const auto &[part, name] : names) {
        auto *box = new QCheckBox(datatools::describePart(part, counts), this);
        box->setObjectName(QLatin1String(name));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &DeleteDataDialog::update);
        layout->addWidget(box);
        m_boxes.insert(part, box);
    }
    auto *stays = new QLabel(tr("The built-in questions and your settings stay. This cannot be "
                                "undone; you will be offered a backup first."),
                             this);
    stays->setWordWrap(true);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(stays);

    auto *buttons = new QDialogButtonBox(this);
    m_keepButton = buttons->addButton(tr("Keep my data"), QDialogButtonBox::RejectRole);
    m_keepButton->setObjectName(QStringLiteral("deleteDataKeepButton"));
    m_deleteButton = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteDataConfirmButton"));
    m_deleteButton->setAutoDefault(false);
    m_keepButton->setDefault(true);
    connect(m_deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_keepButton->setFocus();
    update();
}

DataParts DeleteDataDialog::parts() const
{
    DataParts parts;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        if (it.value()->isChecked())
            parts |= it.key();
    return parts;
}

void DeleteDataDialog::update()
{
    const DataParts chosen = parts();
    m_deleteButton->setText(datatools::deleteButtonText(chosen));
    m_deleteButton->setEnabled(chosen != DataParts());
    m_deleteButton->setToolTip(chosen == DataParts() ? tr("Tick what to delete.") : QString());
}

} // namespace mockloop::desktop
