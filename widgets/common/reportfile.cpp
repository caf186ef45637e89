#include "reportfile.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace Mailwarden {

bool ReportFile::write(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QByteArray ReportFile::pdfFromHtml(const QString &html, const QString &title, const QMap<QString, QImage> &images)
{
    QTextDocument document;
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        document.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    document.setHtml(html);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Mailwarden"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        document.print(&writer);
    }
    return pdf.data();
}

} // namespace Mailwarden
