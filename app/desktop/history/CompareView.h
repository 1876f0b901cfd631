#pragma once

#include "storage/SessionRecord.h"

#include <QPalette>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QTextBrowser;

namespace mockloop::desktop {

// Two attempts at one question side by side, the older on the left: per answer field, the
// words the newer one dropped are struck through in red on the left and the words it added
// are underlined in green on the right (History's wordDiff), with the change in score.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    // before is the older attempt; the caller orders them.
    void compare(const AttemptRecord &before, const AttemptRecord &after);

    // "+2", "−1" (a real minus sign), "no change", or "not graded" when either has no score.
    static QString scoreDeltaText(std::optional<int> before, std::optional<int> after);
    // The left and right documents. Fields are matched by name, in the older attempt's order
    // and then the newer one's; a field only one side has is all removed or all added.
    // Colours come from palette (by default the application's).
    static std::pair<QString, QString> diffHtml(const QList<AnswerField> &before,
                                                const QList<AnswerField> &after,
                                                const QPalette &palette = QPalette());

signals:
    void closeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDiff();

    std::optional<QList<AnswerField>> m_before;
    QList<AnswerField> m_after;
    QLabel *m_legend;
    QLabel *m_leftTitle;
    QLabel *m_rightTitle;
    QLabel *m_scoreDelta;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
};

} // namespace mockloop::desktop
