// The semantic layer as the page receives it: every node once, then only what changed; valid JSON whatever
// the text; the roles, names, states and relations the views give their items.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "headless.hpp"
#include "semantics.hpp"

using namespace ln;
using web::Role;
using web::SemanticsNode;

namespace {
SemanticsNode text(std::string t, float y) {
    SemanticsNode n;
    n.role = Role::Paragraph;
    n.name = std::move(t);
    n.rect = {10, y, 200, 17};
    return n;
}
}  // namespace

TEST_CASE("semantics: all nodes once, then only changes, nothing at all when idle") {
    web::SemanticsDiff diff;
    std::vector<SemanticsNode> nodes{text("Hei", 0), text("«sitat» \"og\" \\ \n\t\x01", 20)};
    const auto first = nlohmann::json::parse(diff.update(nodes, 400, false));
    CHECK(first["n"] == 2);
    CHECK(first["h"] == 400);
    REQUIRE(first["u"].size() == 2);
    CHECK(first["u"][1][1]["t"] == "«sitat» \"og\" \\ \n\t\x01");
    CHECK(diff.update(nodes, 400, false).empty());  // idle: nothing crosses
    nodes[1].rect.y += 0.2f;                          // sub-pixel: no change on the page
    CHECK(diff.update(nodes, 400.3f, false).empty());
    nodes[0].name = "Hallo";
    const auto second = nlohmann::json::parse(diff.update(nodes, 400, false));
    REQUIRE(second["u"].size() == 1);
    CHECK(second["u"][0][0] == 0);
    nodes.pop_back();
    const auto third = nlohmann::json::parse(diff.update(nodes, 380, true));
    CHECK(third["n"] == 1);
    CHECK(third["u"].empty());
    CHECK(third["top"] == 1);
}

TEST_CASE("semantics: the fee view's nodes say what a screen reader must hear") {
    test::Headless ui;
    ui.type("12000");
    const auto& field = ui.field("Innbyggertall");
    CHECK(field.role == Role::TextBox);
    CHECK(field.has(web::kRequired));
    CHECK(field.input == "numeric");
    CHECK(field.value == "12000");
    const auto* label = web::ui::find("Innbyggertall");
    REQUIRE(label);
    int headings = 0, cells = 0, links = 0, landmarks = 0;
    bool labelled = false, current_row = false;
    for (const auto& n : web::ui::nodes()) {
        headings += n.role == Role::Heading;
        cells += n.role == Role::Cell;
        links += n.role == Role::Link;
        landmarks += n.role == Role::Banner || n.role == Role::Main || n.role == Role::ContentInfo || n.role == Role::Navigation;
        labelled |= n.role == Role::Label && n.label_for == field.id;
        current_row |= n.role == Role::Row && n.has(web::kSelected);
    }
    CHECK(headings >= 4);
    CHECK(cells == 16);  // 8 brackets × range and fee
    CHECK(links == 6);   // four views, the accessibility statement and KS-mottak
    CHECK(landmarks == 4);
    CHECK(labelled);
    CHECK(current_row);  // the bracket of 12 000
    CHECK(ui.shell.title == "Avgift – Læringsnettverk");
    CHECK(ui.shell.semantics_updates > 0);
}

TEST_CASE("semantics: an error is tied to its field, and the field says it is invalid") {
    test::Headless ui;
    ui.type("tolv");
    const auto field = ui.field("Innbyggertall");
    CHECK(field.has(web::kInvalid));
    bool described = false;
    for (const auto& n : web::ui::nodes()) described |= n.describes == field.id && n.name.find("tolv") != std::string::npos;
    CHECK(described);
}

TEST_CASE("semantics: the accessibility statement is a view of its own, linked from every footer") {
    test::Headless ui;
    ui.click_field("Tilgjengelighetserklæring");
    CHECK(ui.app->route() == web::Route::Statement);
    CHECK(ui.shell.routes.back() == std::pair<std::string, bool>{"#/tilgjengelighet", false});
    CHECK(ui.shell.title == "Tilgjengelighetserklæring – Læringsnettverk");
    CHECK(web::ui::find("4.1.2 Navn, rolle, verdi") != nullptr);
    CHECK(web::ui::find("Kjente mangler") != nullptr);
}

TEST_CASE("semantics: on a phone every tab and view link is on screen; the rows wrap instead of running off") {
    for (float width : {320.0f, 360.0f, 768.0f}) {
        test::Headless ui("nb", {width, 3000});
        ui.app->session().open(nullptr, web::StorageAccess::Writer);  // the case book needs a session
        ui.app->open_route("#/case");
        ui.frames(4);
        int tabs = 0, links = 0;
        for (const auto& n : web::ui::nodes()) {
            if (n.role != Role::Tab && !(n.role == Role::Link && !n.href.empty() && n.href.rfind("#/", 0) == 0)) continue;
            (n.role == Role::Tab ? tabs : links)++;
            CHECK_MESSAGE(n.rect.x >= 0, n.name);
            CHECK_MESSAGE(n.rect.x + n.rect.w <= width, n.name << " at " << width << " px");
        }
        CHECK(tabs == 7);
        CHECK(links >= 4);
    }
}
