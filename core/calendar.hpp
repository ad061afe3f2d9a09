#pragma once
// The start meeting as a calendar file (RFC 5545), so it lands in the participants' calendars.
#include <string>
#include <string_view>

#include "program.hpp"

namespace ln {

// now_utc: ISO 8601 UTC ("2026-11-28T14:32:05Z"), for DTSTAMP. Lines end in CRLF and are folded at
// 75 octets without splitting a UTF-8 character.
std::string start_meeting_ics(const Program& program, std::string_view now_utc);

}  // namespace ln
