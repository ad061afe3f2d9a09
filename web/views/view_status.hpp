#pragma once
// What a view last said (exported, removed, imported …), for the page and #live. Every saying is counted,
// so the same words twice («Tiltak 1 er fjernet.» after another) are news twice.
#include <string>
#include <utility>

namespace ln::web {

class ViewStatus {
public:
    void say(std::string text) {
        text_ = std::move(text);
        ++said_;
    }
    void clear() { text_.clear(); }
    // A frame in which the user edited makes an older message old news; one said in that frame stays.
    void edited_since(int said_before) {
        if (said_ == said_before) text_.clear();
    }
    const std::string& text() const { return text_; }
    int said() const { return said_; }

private:
    std::string text_;
    int said_ = 0;
};

}  // namespace ln::web
