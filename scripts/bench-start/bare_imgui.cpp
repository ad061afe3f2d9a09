// The reference for scripts/bench-start.mjs: a bare Dear ImGui app (GLFW + OpenGL3, the toolchain's
// defaults, as in ImGui's own Emscripten example) showing what the start view shows: a heading, a line of
// text, one input and the eight-row fee table. BENCH_ON_DEMAND draws only after input (3 frames), as
// Læringsnettverk does; otherwise every animation frame.
#include <cstdio>

#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

namespace {
GLFWwindow* window = nullptr;
char population[32] = "";
int frames_left = 3;

void frame() {
    glfwPollEvents();
#ifdef BENCH_ON_DEMAND
    if (GImGui->InputEventsQueue.Size > 0) frames_left = 3;
    if (frames_left <= 0) return;
    --frames_left;
#endif
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("fee", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted("Hva koster det for vår kommune?");
    ImGui::TextWrapped("Kommunen betaler en engangssum for deltakelse i nettverket basert på innbyggertall.");
    ImGui::InputText("Innbyggertall", population, sizeof population);
    static const char* rows[8][2] = {{"opp til 5 000", "kr 11 625"}, {"5 001–7 500", "kr 14 125"},
                                     {"7 501–10 000", "kr 21 750"},  {"10 001–15 000", "kr 28 250"},
                                     {"15 001–20 000", "kr 34 625"}, {"20 001–30 000", "kr 42 250"},
                                     {"30 001–40 000", "kr 47 375"}, {"40 001 og mer", "kr 55 000"}};
    if (ImGui::BeginTable("fees", 2, ImGuiTableFlags_Borders)) {
        for (auto& r : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn(), ImGui::TextUnformatted(r[0]);
            ImGui::TableNextColumn(), ImGui::TextUnformatted(r[1]);
        }
        ImGui::EndTable();
    }
    ImGui::End();
    ImGui::Render();
    glViewport(0, 0, w, h);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}
}  // namespace

int main() {
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    window = glfwCreateWindow(1100, 900, "bare", nullptr, nullptr);
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, false);
    return 0;
}
