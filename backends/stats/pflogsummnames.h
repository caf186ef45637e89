#pragma once

#include <string>
#include <string_view>

namespace Mailwarden::Stats {

/// How pflogsumm 1.1.5 names senders, recipients and their domains. The Grand
/// Totals count distinct names, so these must match its Perl exactly. Each
/// function may write into \a buffer (reused; no allocation once it has grown)
/// and returns a view into \a buffer or into its input.
namespace PflogsummNames {

/// An address with everything from the first '@' lowercased ("s/(@.+)/\L$1/").
std::string_view address(std::string_view address, std::string &buffer);

/// The domain part as pflogsumm's senders see it ("s/^[^@]+\@(.+)$/$1/"):
/// empty when \a address has no non-empty local part before an '@'.
std::string_view senderDomain(std::string_view address);

/// The recipient's domain ("s/^[^@]+\@//"): the whole address when it has none.
std::string_view recipientDomain(std::string_view address);

/// gimme_domain(): "mail3.example.com[192.0.2.1]" → "example.com",
/// "unknown[192.0.2.1]" → "192.0.2.1".
std::string_view clientDomain(std::string_view client, std::string &buffer);

} // namespace PflogsummNames

} // namespace Mailwarden::Stats
