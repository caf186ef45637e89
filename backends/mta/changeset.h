#pragma once

#include "core/mtakind.h"
#include "filechange.h"
#include "formats/parseerror.h"

#include <QJsonObject>
#include <QList>

#include <expected>
#include <optional>

namespace Mailwarden {

/// An ordered set of file changes for one host, applied as one transaction by
/// ChangeSetRunner (DESIGN.md, "Never lose a config"; kpmcore's Operation).
/// Editors (table rows, options, raw text) turn their edits into new file
/// content through the lossless formats, so only the touched lines differ.
///
/// Invariants: one FileChange per path (a second change of a path keeps the
/// first one's `before`, so the CAS still checks the content that was loaded);
/// a change whose `after` equals its `before` is dropped.
class ChangeSet final
{
public:
    ChangeSet() = default;
    ChangeSet(MtaKind mta, const QString &description);

    MtaKind mta() const { return m_mta; }
    /// One line for history and progress ("Set disable_vrfy_command = yes").
    QString description() const { return m_description; }
    void setDescription(const QString &description) { m_description = description; }

    void addFile(const FileChange &change);
    QList<FileChange> files() const { return m_files; }
    bool isEmpty() const { return m_files.isEmpty(); }

    /// Unified diff of every file (only the lines that change, with context).
    QByteArray preview() const;
    /// The ChangeSet that puts every file back as it was loaded; its CAS
    /// expects the new content.
    ChangeSet undo() const;
    /// Each new content must parse with its format: the first error, with file,
    /// line and column; nullopt when every file is fine.
    std::optional<ParseError> validate() const;

    /// For `mailwarden-cli apply HOST FILE.json` and the history: contents as base64.
    QJsonObject toJson() const;
    static std::expected<ChangeSet, QString> fromJson(const QJsonObject &json);

private:
    MtaKind m_mta = MtaKind::Unknown;
    QString m_description;
    QList<FileChange> m_files;
};

} // namespace Mailwarden
