#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Mailwarden::PostfixParameters {

/// The groups the Config tab's Postfix form shows main.cf's parameters in, in
/// the order an admin looks for them.
enum class Group {
    General,
    NetworkAndRelay,
    SmtpServerRestrictions,
    SmtpClient,
    SaslAndTls,
    LimitsAndRate,
    LocalDelivery,
    AddressRewriting,
    Queue,
    Other,
};

/// Every group, in display order.
QList<Group> groups();
/// The group's name, translated.
QString groupName(Group group);
/// The group parameter \a name belongs to (by name: postconf(5) has no groups).
Group groupOf(QByteArrayView name);

/// A restriction list ("permit_mynetworks, check_client_access hash:/etc/x,
/// warn_if_reject reject_rbl_client zen.example") as the entries one reorders:
/// a restriction together with its table or list, warn_if_reject together
/// with what it softens. Separators are not kept (join() writes ", ").
QList<QByteArray> splitRestrictions(QByteArrayView value);
/// \a entries as one value for main.cf.
QByteArray joinRestrictions(const QList<QByteArray> &entries);

/// The lookup tables ("hash:/etc/postfix/access") a parameter value names.
QList<QByteArray> tablesIn(QByteArrayView value);

} // namespace Mailwarden::PostfixParameters
