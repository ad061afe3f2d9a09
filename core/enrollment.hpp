#pragma once
// A municipality's sign-up (påmelding) to the network, as drafted over a few days and sent to KS.
// Fields hold what the user typed; validate() says what is wrong or missing, with paths and message keys.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fee_schedule.hpp"
#include "list_edit.hpp"
#include "municipalities.hpp"
#include "program.hpp"
#include "result.hpp"

namespace ln {

// Which leadership a working-group member represents; the invitation's target group is both the
// political and the administrative leadership.
enum class Side { Political, Administrative, Business, Other };
inline constexpr Side kSides[] = {Side::Political, Side::Administrative, Side::Business, Side::Other};
std::string_view side_id(Side s);  // "political", "administrative", "business", "other"
// Position in kSides (the order a person chooses in), and back (out of range: the first).
std::size_t side_index(Side s);
Side side_at(std::size_t index);
std::optional<Side> side_from_id(std::string_view id);

struct GroupMember {
    std::string name, title, email;
    Side side = Side::Political;
    bool operator==(const GroupMember&) const = default;
};

struct Person {
    std::string name, title, email, phone;
    bool operator==(const Person&) const = default;
};

struct ThemeDay {
    bool wanted = true;
    std::string preferred_from;     // a date as typed (dd.mm.åååå or ISO); empty: no preference yet
    std::string elected_officials;  // expected number, as typed
    std::string adaptations;        // local adaptations the municipality wants
    bool operator==(const ThemeDay&) const = default;
};

struct CaseSketch {
    std::string title, problem, why_now;
    bool operator==(const CaseSketch&) const = default;
};

struct Enrollment {
    std::string municipality_number, municipality_name, orgnr;
    std::string population;  // as typed; the bracket and fee are computed from it, never typed
    std::string invoice_address, invoice_reference;
    Person contact;
    std::vector<GroupMember> group;
    ThemeDay theme_day;
    CaseSketch case_sketch;
    bool travel_costs_acknowledged = false;
    bool operator==(const Enrollment&) const = default;
};

// The same enrollment in the form a file holds it: valid phone numbers as 8 digits, organisation numbers
// without spaces, dates as ISO, numbers without separators. What is not valid stays as typed.
// The numbers typed (population, elected officials) carried from one number style to every style, for a
// change of the form's language (see carry_number). Returns whether any changed.
bool carry_numbers(Enrollment& e, NumberStyle from);
Enrollment normalized(const Enrollment& e, NumberStyle style = NumberStyle::Norwegian);

// The other way, for the form: dates as dd.mm.åååå, as people type them.
Enrollment for_editing(const Enrollment& e);

// List edits of the working group. Adding returns the new member's index; removing an index out of range
// does nothing and returns false.
std::size_t add_member(Enrollment& e);
bool remove_member(Enrollment& e, std::size_t index);
// Removing with «Angre»: the member is kept by the caller and can be put back where they were.
std::optional<Removed<GroupMember>> take_member(Enrollment& e, std::size_t index);
std::size_t restore_member(Enrollment& e, Removed<GroupMember> removed);

// Fills number, name, organisation number and population from the municipality list.
void pick_municipality(Enrollment& e, const Municipality& m);

enum class Severity { Error, Warning };  // an error blocks «ready to send», a warning does not

struct Finding {
    std::string path;  // e.g. "group[2].email", "contact.phone", "theme_day.preferred_from"
    Severity severity = Severity::Error;
    Message message;
};

// style: how the numbers were typed (the form's language); files hold plain digits either way.
std::vector<Finding> validate(const Enrollment& e, const Program& program, NumberStyle style = NumberStyle::Norwegian);
// The findings for one path (the web view shows them beside that field).
std::vector<const Finding*> findings_at(const std::vector<Finding>& all, std::string_view path);
bool ready_to_send(const std::vector<Finding>& findings);
// Which fields must be filled in (marked as such in the form): "contact.email", "group[3].name", … Found once,
// from what validate() requires of a blank sign-up; a form asks per field per frame.
class RequiredFields {
public:
    explicit RequiredFields(const Program& program);
    bool operator()(std::string_view path) const;

private:
    std::vector<std::string> paths_;  // members as "group[0].…"
};
bool required_field(std::string_view path, const Program& program);

struct Completeness {
    int filled = 0;    // required fields filled in and valid
    int required = 0;
};
// Counted from validate()'s findings: a required field counts when no error stands at its path.
Completeness completeness(const std::vector<Finding>& findings);

// The fee for the population typed, computed from the program data (none while it is not a valid number).
std::optional<Quote> enrollment_quote(const Enrollment& e, const Program& program, NumberStyle style = NumberStyle::Norwegian);

struct GroupCounts {
    int political = 0, administrative = 0, business = 0, other = 0;
};
GroupCounts count_sides(const std::vector<GroupMember>& group);

}  // namespace ln
