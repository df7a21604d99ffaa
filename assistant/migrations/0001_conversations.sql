CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL CHECK (speaker IN ('worker', 'person')),
    text TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE INDEX turns_by_conversation ON turns(conversation_id, id);
