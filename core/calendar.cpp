#include "calendar.hpp"

#include "dates.hpp"

namespace ln {

namespace {

std::string escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') out += '\\', out += c;
        else if (c == '\n') out += "\\n";
        else if (c != '\r') out += c;
    }
    return out;
}

// RFC 5545 §3.1: lines longer than 75 octets continue on the next line after a space.
std::string folded(const std::string& line) {
    std::string out;
    std::size_t used = 0;
    for (std::size_t i = 0; i < line.size();) {
        std::size_t n = 1;
        const auto c = static_cast<unsigned char>(line[i]);
        if (c >= 0xF0) n = 4;
        else if (c >= 0xE0) n = 3;
        else if (c >= 0xC0) n = 2;
        if (used + n > 75) {
            out += "\r\n ";
            used = 1;
        }
        out.append(line, i, n);
        used += n;
        i += n;
    }
    return out + "\r\n";
}

std::string compact_utc(std::string_view iso) {
    std::string out;
    for (char c : iso)
        if (c != '-' && c != ':') out += c;
    return out;
}

}  // namespace

std::string start_meeting_ics(const Program& p, std::string_view now_utc) {
    const Meeting& m = p.start_meeting;
    std::string description = p.goal + "\n\n" + p.contact.name + ", " + p.contact.organisation + ", " + p.contact.phone +
                              ", " + p.contact.email;
    std::string s;
    s += folded("BEGIN:VCALENDAR");
    s += folded("VERSION:2.0");
    s += folded("PRODID:-//KS Viken//Laeringsnettverk//NO");
    s += folded("CALSCALE:GREGORIAN");
    s += folded("METHOD:PUBLISH");
    s += folded("BEGIN:VEVENT");
    s += folded("UID:" + p.id + "-start@laeringsnettverk");
    s += folded("DTSTAMP:" + compact_utc(now_utc));
    s += folded("DTSTART:" + ics_utc(m.date, m.start));
    s += folded("DTEND:" + ics_utc(m.date, m.end));
    s += folded("SUMMARY:" + escape(m.title + ": " + p.title + " (" + p.organiser + ")"));
    s += folded("DESCRIPTION:" + escape(description));
    s += folded(std::string("LOCATION:") + (m.mode == "digital" ? "Digitalt" : ""));
    s += folded("ORGANIZER;CN=" + escape(p.contact.name) + ":mailto:" + p.contact.email);
    s += folded("END:VEVENT");
    s += folded("END:VCALENDAR");
    return s;
}

}  // namespace ln
