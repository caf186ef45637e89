#pragma once

#include <QWidget>

class QLabel;

namespace Mailwarden {

/// A work-area page that has nothing to show yet: a title and a sentence that
/// tells the admin what the page will hold and what to do first.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QString title() const;
    QString explanation() const;

private:
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace Mailwarden
