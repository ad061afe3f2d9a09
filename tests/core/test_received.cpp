// KS-mottak: received files are kept (readable ones whole, unreadable ones as their reasons), named
// uniquely, bounded, checked by intake's own code, and shown filtered, sorted and summed per bracket.
#include <doctest/doctest.h>

#include <algorithm>

#include "bundled_data.hpp"
#include "enrollment_format.hpp"
#include "identifiers.hpp"
#include "received.hpp"
#include "sign_ups.hpp"
#include "register_check.hpp"
#include "workspace.hpp"

using namespace ln;

namespace {

std::string sign_up(std::string_view name, std::string exported_at = "2026-11-28T12:00:00Z", bool complete = true) {
    Enrollment e = test::signed_up(data().municipalities, name);
    e.travel_costs_acknowledged = complete;
    return export_enrollment(e, data().program, exported_at);
}

const char* kNow = "2026-11-29T08:00:00Z";

}  // namespace

TEST_CASE("a readable sign-up is kept whole; an unreadable file as its reasons; a read error as itself") {
    std::vector<ReceivedFile> desk;
    const std::string text = sign_up("Gol");
    Receipt r = receive(desk, "pamelding-3041-gol.json", text, std::nullopt, kNow);
    CHECK(r.kind == Receipt::Kind::Added);
    CHECK(r.readable);
    REQUIRE(desk.size() == 1);
    CHECK(desk[0].text == text);
    CHECK(desk[0].errors.empty());
    CHECK(desk[0].received_at == kNow);

    r = receive(desk, "notat.json", "{\"format\": 3", std::nullopt, kNow);
    CHECK(r.kind == Receipt::Kind::Added);
    CHECK_FALSE(r.readable);
    REQUIRE(desk.size() == 2);
    CHECK(desk[1].text.empty());
    REQUIRE_FALSE(desk[1].errors.empty());
    CHECK(desk[1].errors[0].message.key == "json.truncated");

    r = receive(desk, "stor.json", "", Message{"import.too_large", {{"size", "9 000"}, {"max", "5 120"}}}, kNow);
    REQUIRE(desk.size() == 3);
    CHECK(desk[2].errors[0].message.key == "import.too_large");

    // A file beyond the import limit is unreadable, as in intake.
    r = receive(desk, "enorm.json", std::string(kMaxImportBytes + 1, ' '), std::nullopt, kNow);
    CHECK_FALSE(r.readable);
    CHECK(desk.back().errors[0].message.key == "import.too_large");
}

TEST_CASE("the same file twice is taken once; another file under a taken name is numbered") {
    std::vector<ReceivedFile> desk;
    const std::string first = sign_up("Gol", "2026-11-01T10:00:00Z");
    const std::string second = sign_up("Gol", "2026-11-20T10:00:00Z");
    CHECK(receive(desk, "gol.json", first, std::nullopt, kNow).kind == Receipt::Kind::Added);
    CHECK(receive(desk, "gol.json", first, std::nullopt, kNow).kind == Receipt::Kind::Same);
    Receipt r = receive(desk, "gol.json", second, std::nullopt, kNow);
    CHECK(r.kind == Receipt::Kind::Renamed);
    CHECK(r.name == "gol (2).json");
    CHECK(receive(desk, "gol.json", second, std::nullopt, kNow).kind == Receipt::Kind::Same);
    CHECK(receive(desk, "README", "x", std::nullopt, kNow).name == "README");
    CHECK(receive(desk, "README", "y", std::nullopt, kNow).name == "README (2)");
    CHECK(desk.size() == 4);
    // The newer file from the same municipality replaces the older, which stays as history.
    const Intake in = intake_of(desk, data().program, data().municipalities);
    CHECK(in.replaced == 1);
    CHECK(in.ready == 1);
    CHECK(in.unreadable == 2);
    const auto older = std::find_if(in.rows.begin(), in.rows.end(), [](const IntakeRow& row) { return row.file == "gol.json"; });
    REQUIRE(older != in.rows.end());
    CHECK(older->replaced_by == std::optional<std::string>("gol (2).json"));
}

TEST_CASE("names are kept as valid UTF-8 and clipped; hostile reasons are clipped") {
    std::vector<ReceivedFile> desk;
    receive(desk, std::string("b\xE6rum.json"), "{}", std::nullopt, kNow);  // a Latin-1 name
    CHECK(desk[0].name == "b\xEF\xBF\xBDrum.json");
    receive(desk, std::string(5000, 'a'), "{}", std::nullopt, kNow);
    CHECK(desk[1].name.size() < 210);
    receive(desk, "tom", "", std::nullopt, kNow);
    CHECK(desk[2].errors[0].message.key == "json.empty");
    // A name cannot turn itself around: direction controls are shown as «�», here and in intake alike.
    receive(desk, "pamelding\u202Enosj.exe", "{}", std::nullopt, kNow);
    CHECK(desk[3].name == "pamelding\uFFFDnosj.exe");
    CHECK(take_in({{"a\u2066b\u200Fc.json", "{}", std::nullopt}}, data().program, data().municipalities).rows[0].file == "a\uFFFDb\uFFFDc.json");
    CHECK(shown_file_name("Bærum – ny.json") == "Bærum – ny.json");  // an en dash (E2 80 93) stays
}

TEST_CASE("the desk stops taking files when its share of the workspace is full, and says so") {
    std::vector<ReceivedFile> desk;
    const std::string text = sign_up("Bærum");
    Receipt r;
    int kept = 0;
    for (int i = 0; i < 5000; ++i) {
        r = receive(desk, "f" + std::to_string(i) + ".json", text, std::nullopt, kNow);
        if (r.kind == Receipt::Kind::Full) break;
        ++kept;
    }
    CHECK(r.kind == Receipt::Kind::Full);
    CHECK(desk.size() == static_cast<std::size_t>(kept));
    CHECK(received_bytes(desk) <= kMaxReceivedBytes);
    CHECK(desk.size() <= kMaxReceivedFiles);
    CHECK(kept >= 500);  // a real network has tens of municipalities
    // The files that found no room are named (the first 20), the rest counted.
    ReceiptCount count;
    for (int i = 0; i < 25; ++i) count.add(receive(desk, "x" + std::to_string(i) + ".json", text, std::nullopt, kNow));
    CHECK(count.full == 25);
    const std::string said = not_kept_said(data().catalog("nb"), count);
    CHECK(said.rfind("Ikke lagt til (ikke plass): x0.json, x1.json, ", 0) == 0);
    CHECK(said.find("x19.json og 5 filer til.") != std::string::npos);
    CHECK(said.find("x20.json") == std::string::npos);
    CHECK(not_kept_said(data().catalog("nb"), ReceiptCount{}).empty());
}

TEST_CASE("the desk's overview is intake's: the same rows and the same CSV as the CLI for the same files") {
    std::vector<ReceivedFile> desk;
    std::vector<IntakeFile> files;
    auto both = [&](std::string name, std::string bytes) {
        receive(desk, name, bytes, std::nullopt, kNow);
        files.push_back({name, bytes, std::nullopt});
    };
    both("a-gol.json", sign_up("Gol"));
    both("b-asker.json", sign_up("Asker", "2026-11-28T12:00:00Z", false));
    both("c-broken.json", "[1, 2");
    both("d-gol-newer.json", sign_up("Gol", "2026-11-29T07:00:00Z"));
    both("e-hemsedal.json", sign_up("Hemsedal"));
    const Intake desk_view = intake_of(desk, data().program, data().municipalities);
    const Intake cli_view = take_in(files, data().program, data().municipalities);
    const Catalog& nb = data().catalog("nb");
    CHECK(intake_csv(desk_view, nb) == intake_csv(cli_view, nb));
    CHECK(desk_view.ready == 2);
    CHECK(desk_view.with_errors == 1);
    CHECK(desk_view.unreadable == 1);
    CHECK(desk_view.replaced == 1);

    // Kept in the workspace and read back, the overview is the same.
    Workspace w;
    w.received = desk;
    CHECK(has_work(w));
    const WorkspaceLoad back = load_workspace(save_workspace(w, data().program, kNow, 1), data().program);
    REQUIRE(back.ok());
    CHECK(back.workspace->received == desk);
    CHECK(intake_csv(intake_of(back.workspace->received, data().program, data().municipalities), nb) == intake_csv(cli_view, nb));

    SUBCASE("filters") {
        auto files_of = [&](DeskFilter f) {
            std::vector<std::string> out;
            for (auto i : desk_rows(desk_view, f, DeskOrder::File)) out.push_back(desk_view.rows[i].file);
            return out;
        };
        CHECK(files_of(DeskFilter::All).size() == 5);
        CHECK(files_of(DeskFilter::Ready) == std::vector<std::string>{"d-gol-newer.json", "e-hemsedal.json"});
        CHECK(files_of(DeskFilter::Problems) == std::vector<std::string>{"b-asker.json", "c-broken.json"});
        CHECK(files_of(DeskFilter::Replaced) == std::vector<std::string>{"a-gol.json"});
    }
    SUBCASE("orders: municipality (Norwegian alphabet, unreadable last), newest, fee") {
        auto order = [&](DeskOrder o) {
            std::vector<std::string> out;
            for (auto i : desk_rows(desk_view, DeskFilter::All, o)) out.push_back(desk_view.rows[i].file);
            return out;
        };
        CHECK(order(DeskOrder::Municipality) ==
              std::vector<std::string>{"b-asker.json", "a-gol.json", "d-gol-newer.json", "e-hemsedal.json", "c-broken.json"});
        CHECK(order(DeskOrder::Newest).front() == "d-gol-newer.json");
        CHECK(order(DeskOrder::Newest).back() == "c-broken.json");
        CHECK(order(DeskOrder::Fee).front() == "b-asker.json");  // Asker is the largest
        CHECK(order(DeskOrder::Fee).back() == "c-broken.json");
    }
    SUBCASE("totals per bracket: every bracket, the ready files only") {
        const auto totals = bracket_totals(desk_view, data().program);
        CHECK(totals.size() == data().program.fees.brackets().size());
        int municipalities = 0;
        std::int64_t fees = 0;
        for (const auto& t : totals) {
            municipalities += t.municipalities;
            fees += t.fees;
        }
        CHECK(municipalities == 2);
        CHECK(fees == desk_view.total_fee);
    }
}

TEST_CASE("Norwegian order puts Æ, Ø and Å after Z, in that order") {
    std::vector<ReceivedFile> desk;
    for (const char* name : {"Ål", "Aremark", "Øvre Eiker", "Lier"}) receive(desk, std::string(name) + ".json", sign_up(name), std::nullopt, kNow);
    const Intake in = intake_of(desk, data().program, data().municipalities);
    std::vector<std::string> names;
    for (auto i : desk_rows(in, DeskFilter::All, DeskOrder::Municipality)) names.push_back(in.rows[i].name);
    CHECK(names == std::vector<std::string>{"Aremark", "Lier", "Øvre Eiker", "Ål"});
}

TEST_CASE("a workspace with a broken received entry says where") {
    const std::string bytes = save_workspace(Workspace{}, data().program, kNow, 1);
    std::string broken = bytes.substr(0, bytes.size() - 1) + ",\"received\":[{\"name\":\"x.json\",\"received_at\":\"" + kNow + "\",\"errors\":[{\"path\":\"\",\"key\":3}]}]}";
    const WorkspaceLoad back = load_workspace(broken, data().program);
    CHECK_FALSE(back.ok());
    REQUIRE_FALSE(back.errors.empty());
    CHECK(back.errors[0].path == "received[0].errors[0].key");
    CHECK(desk_csv_name("2026-11-29T08:00:00Z") == "mottak-2026-11-29.csv");
}
