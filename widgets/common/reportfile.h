#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

namespace Mailwarden {

/// What the exports of the Statistics and Tests tabs share: writing a file
/// whole or not at all, and an HTML report printed to PDF.
class ReportFile
{
    Q_DECLARE_TR_FUNCTIONS(ReportFile)
public:
    /// Writes \a bytes to \a path through QSaveFile (a failed write leaves
    /// any earlier file as it was); on failure \a error says why.
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
    /// \a html printed to an A4 PDF at 150 dpi. \a images are resources the
    /// HTML names in <img src="…"> (QTextDocument loads nothing itself).
    static QByteArray pdfFromHtml(const QString &html, const QString &title, const QMap<QString, QImage> &images = {});
};

} // namespace Mailwarden
