#pragma once

#include "core/mtakind.h"
#include "filechange.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace Mailwarden {

struct HostSurvey;

/// One privacy or hardening setting of the Privacy tab (HARDENING.md's SMTP
/// items): where it lives in the host's MTA, its value, what we recommend and
/// one sentence of why. Settings an MTA cannot express say so (unavailable).
struct PrivacySetting {
    enum class Kind {
        Toggle, ///< on or off: a yes/no parameter, or a flag in Sendmail's PrivacyOptions
        Number, ///< a whole number (0 often means "no limit")
        Text, ///< free text (a banner, a protocol list)
        Unavailable, ///< the MTA has no such setting: `why` says what to do instead
    };
    enum class Section { Disclosure, Protocol, Limits, Blocklists, Encryption };
    /// How the value is judged against the recommendation.
    enum class Rule {
        On, ///< a Toggle that should be on
        NonZero, ///< a limit that should exist (0: none)
        AtMost, ///< a limit no higher than the recommendation allows (see meetsRecommendation)
        NoSoftware, ///< a banner naming no software or version
        TlsOffered, ///< STARTTLS offered (Postfix: may, encrypt or dane)
        ModernTls, ///< no SSLv3, TLS 1.0 or 1.1
        Set, ///< any value at all (Sendmail's certificate)
        Always, ///< the MTA cannot be weaker here
        NotPossible, ///< the MTA cannot do it at all (qmail's STARTTLS): neither met nor failed
    };

    QString id; ///< stable: "vrfy", "banner", "privacy.noexpn", …
    QString title; ///< translated
    QString why; ///< translated, one sentence
    Section section = Section::Disclosure;
    Kind kind = Kind::Text;
    QByteArray option; ///< the parameter, define or control file it lives in
    QByteArray flag; ///< Sendmail: the PrivacyOptions flag a Toggle stands for
    QByteArray onValue = "yes"; ///< Toggle of a parameter: its "on" and "off" values
    QByteArray offValue = "no";
    QByteArray value; ///< the effective value (pending edits included), for flags the whole list
    bool isDefault = true; ///< not set in the file: the MTA's default applies
    bool pending = false; ///< the value comes from an unapplied edit
    QByteArray defaultValue; ///< the MTA's value when the file does not set it
    QByteArray recommended; ///< what we recommend ("yes" for a Toggle that should be on)
    Rule rule = Rule::Set;
    QString unit; ///< translated ("bytes", "per minute"), "" when none

    /// A Toggle's state.
    bool isOn() const;
    /// Whether the value is as we recommend (or at least as strict).
    bool meetsRecommendation() const;
};

/// The Privacy tab's settings for a surveyed host, and the edit that changes one.
class PrivacySettings final
{
public:
    /// The file each setting of \a mta lives in: main.cf, sendmail.mc, or for
    /// qmail /var/qmail/control/OPTION. Empty for unavailable settings.
    static QString fileOf(const PrivacySetting &setting, const HostSurvey &survey);

    /// The settings of \a survey's MTA with their live values; \a pending gives
    /// the unapplied content of a file (nullopt: none), whose values win;
    /// \a current the file as read from the host, for what the survey does
    /// not report (Sendmail's FEATUREs).
    using Content = std::function<std::optional<QByteArray>(const QString &path)>;
    static QList<PrivacySetting> forHost(
        const HostSurvey &survey, const Content &pending = {}, const Content &current = {});

    /// The change giving \a setting the value \a value (for a Toggle "yes"/"no"
    /// meaning on/off), made on \a content, the file's current content
    /// (\a absent: it does not exist, qmail control files). \a original is the
    /// file as the host has it: where it leaves the setting to the MTA's default
    /// and \a value is that default, the setting is removed again instead of
    /// written, so switching a setting on and off again gives back the bytes.
    static std::expected<FileChange, QString> change(const PrivacySetting &setting, const HostSurvey &survey,
        const QByteArray &content, bool absent, const QByteArray &value,
        const std::optional<QByteArray> &original = std::nullopt);
};

} // namespace Mailwarden
