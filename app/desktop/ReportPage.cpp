#include "ReportPage.h"

#include "ReportHtml.h"
#include "SessionStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mockloop::desktop {

ReportPage::ReportPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("reportView"));
    m_view->setOpenLinks(false);

    auto *homeButton = new QPushButton(tr("&Back to home"), this);
    homeButton->setObjectName(QStringLiteral("homeButton"));
    connect(homeButton, &QPushButton::clicked, this, &ReportPage::homeRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(homeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

bool ReportPage::showSession(qint64 sessionId)
{
    m_sessionId = sessionId;
    QString error;
    const std::optional<SessionRecord> record = SessionStore(m_db).load(sessionId, &error);
    if (!record) {
        m_view->clear();
        m_message->setText(tr("The report of session %1 cannot be read: %2").arg(sessionId).arg(error));
        m_message->show();
        return false;
    }
    m_message->hide();
    m_view->setHtml(ReportHtml::build(*record));
    return true;
}

} // namespace mockloop::desktop
