#pragma once

#include "mailevent.h"

#include <string_view>

namespace Mailwarden::Stats {

/// Pure parsers of the time stamp at the start of a log line. They run once per
/// line on the hot path: no allocation, no locale, no regex.
namespace LogTimestamp {

/// Syslog line: "Nov  5 06:47:41 HOST rest" (traditional, no year) or
/// "2025-11-05T06:47:41[.frac](Z|+hh:mm|+hhmm) HOST rest" (RFC 3339, rsyslog,
/// and `journalctl -o short-iso`). Accepts what pflogsumm 1.1.5 accepts (plus
/// journald's "+hhmm" offsets). On success sets \a time and \a rest (the text
/// after the host name) and returns true.
bool parseSyslog(std::string_view line, LogTime &time, std::string_view &rest);

/// multilog line: "@4000000069...(24 hex digits) rest" (TAI64N) or, after
/// tai64nlocal, "2025-11-05 06:47:41.123456789 rest". No host field.
bool parseMultilog(std::string_view line, LogTime &time, std::string_view &rest);

/// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int year, int month, int day);

/// Fills year..second of \a time from its epoch (UTC).
void civilFromEpoch(LogTime &time);

} // namespace LogTimestamp

} // namespace Mailwarden::Stats
