#pragma once
#include <string>

namespace ln::web {

// What this tab may do with the stored workspace.
enum class StorageAccess {
    Writer,       // the one tab that saves
    ReadOnly,     // another tab of the app is open and saves; this one shows what was stored
    Unavailable,  // the browser gives no storage (e.g. some private windows): nothing is kept
};

// How a sync of the stored files into the browser's database ended.
enum class SyncResult { Ok, Quota, Failed };

}  // namespace ln::web
