#include <QApplication>

// Placeholder until the desktop pages land.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    return 0;
}
