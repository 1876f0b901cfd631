#pragma once

#include <QLabel>

namespace mockloop::desktop {

// A label for failure messages, in a red that reads on the window of the current palette
// (errorTextColour): a fixed dark red disappears on a dark window. It follows theme changes.
class ErrorLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    bool m_applying = false;
};

} // namespace mockloop::desktop
