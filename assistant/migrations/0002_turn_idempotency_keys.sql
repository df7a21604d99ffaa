-- A client that retries a turn write after a lost acknowledgement sends the same Idempotency-Key; the key is
-- unique within its conversation, so the retry finds the stored turn instead of storing it twice.
ALTER TABLE turns ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX turns_idempotency_key ON turns(conversation_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
