// What Matters: progressive enhancement. All user text is inserted with textContent, never as HTML.
"use strict";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

async function api(method, path, body, headers) {
  const options = { method, headers: Object.assign({ "Accept": "application/json" }, headers) };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const data = await response.json().catch(() => ({ error: "unexpected response" }));
  if (!response.ok) throw new Error(data.error || ("request failed: " + response.status));
  return data;
}

function freshKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// A turn write that never got its answer (network gone) is sent again with the same Idempotency-Key, so the
// server stores it once however many times it arrives.
async function postTurn(conversationId, turn, key) {
  const path = "/api/conversations/" + conversationId + "/turns";
  for (let attempt = 1; ; attempt++) {
    try { return await api("POST", path, turn, { "Idempotency-Key": key }); }
    catch (error) {
      if (!(error instanceof TypeError) || attempt === 3) throw error;  // fetch throws TypeError when offline
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

function copyButton(text) {
  const button = el("button", { type: "button", class: "copy secondary" }, "Copy");
  button.addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(text); button.textContent = "Copied"; }
    catch (e) { button.textContent = "Select and copy"; }
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  });
  return button;
}

function card(kind, text, source) {
  const box = el("div", { class: "card suggestion " + kind });
  box.appendChild(el("p", { class: "card-kind" }, kind));
  box.appendChild(el("p", { class: "card-text" }, text));
  if (source) box.appendChild(el("p", { class: "source" }, "Source: " + source));
  box.appendChild(copyButton(text));
  return box;
}

function setupCopyTargets() {
  document.querySelectorAll("button[data-copy-target]").forEach((button) => {
    button.addEventListener("click", async () => {
      const target = document.getElementById(button.dataset.copyTarget);
      try { await navigator.clipboard.writeText(target.textContent); button.textContent = "Copied"; }
      catch (e) { button.textContent = "Select and copy"; }
    });
  });
  document.querySelectorAll("button[data-copy-text]").forEach((button) => {
    button.addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(button.dataset.copyText); button.textContent = "Copied"; }
      catch (e) { button.textContent = "Select and copy"; }
    });
  });
  document.querySelectorAll(".print-button").forEach((b) => b.addEventListener("click", () => window.print()));
}

function setupPractise() {
  const form = document.getElementById("turn-form");
  if (!form) return;
  const turnsList = document.getElementById("turns");
  const cards = document.getElementById("cards");
  const status = document.getElementById("status");
  const select = document.getElementById("conversation-select");
  const stageSelect = document.getElementById("stage-select");
  const stageShown = document.getElementById("stage-shown");
  const exportLink = document.getElementById("export-link");
  const maxContext = Number(turnsList.dataset.maxContextTurns) || 500;
  let conversation = null;
  let turns = [];
  let unsent = null;  // the turn whose write failed: sending it again reuses its key

  function say(message) { status.textContent = message; }

  function showTurns() {
    turnsList.replaceChildren();
    for (const t of turns) {
      const item = el("li", { class: "turn " + t.speaker });
      item.appendChild(el("span", { class: "who" }, t.speaker === "worker" ? "I said" : "They said"));
      item.appendChild(el("span", { class: "what" }, t.text));
      turnsList.appendChild(item);
    }
  }

  function setConversation(c) {
    conversation = c;
    if (c) {
      exportLink.href = "/api/conversations/" + c.id + "/export.md";
      exportLink.removeAttribute("aria-disabled");
    } else {
      exportLink.href = "#";
      exportLink.setAttribute("aria-disabled", "true");
    }
  }

  async function loadList(selected) {
    const data = await api("GET", "/api/conversations");
    select.replaceChildren(el("option", { value: "" }, "New conversation"));
    for (const c of data.conversations) {
      const option = el("option", { value: c.id }, c.title);
      if (c.id === selected) option.selected = true;
      select.appendChild(option);
    }
  }

  async function open(id) {
    cards.replaceChildren();
    if (!id) { setConversation(null); turns = []; showTurns(); return; }
    const data = await api("GET", "/api/conversations/" + id);
    setConversation(data);
    turns = data.turns.map((t) => ({ speaker: t.speaker, text: t.text }));
    showTurns();
    say("Opened " + data.title + ".");
  }

  function showSuggestion(s) {
    cards.replaceChildren();
    stageShown.textContent = "Stage: " + s.stage + (s.stage_source === "detected"
      ? " (detected, " + Math.round(s.stage_confidence * 100) + "% sure)" : " (chosen)");
    const group = (title, items) => {
      if (!items.length) return;
      cards.appendChild(el("h3", {}, title));
      items.forEach((node) => cards.appendChild(node));
    };
    // A risk or safeguarding cue comes first: what was heard, what to check, and a question that raises it openly.
    group("Safety first", (s.safety || []).map((c) => {
      const node = card("safety: " + c.concern.replace(/_/g, " "), c.text, "safety guidance");
      node.classList.add("card-safety");
      node.appendChild(el("p", { class: "card-text" }, "You could ask: " + c.question));
      const checks = el("ul", {});
      (c.check_first || []).forEach((item) => checks.appendChild(el("li", {}, item)));
      node.appendChild(checks);
      return node;
    }));
    if (s.note) cards.appendChild(el("p", { class: "note" }, s.note));
    group("Reflections", s.reflections.map((r) => card(r.kind + " reflection", r.text, r.source)));
    group("Open questions", s.open_questions.map((q) => card("open question", q.text, "question bank " + q.source)));
    group("Affirmation", s.affirmations.map((a) => card("affirmation", a.text, "guidance: " + a.source)));
    if (s.summary) group("Summary", [card("summary", s.summary, "your conversation")]);
  }

  function showCheck(c) {
    cards.replaceChildren();
    cards.appendChild(el("h3", {}, "Your words"));
    cards.appendChild(card(c.code.replace(/_/g, " "), c.why, "OARS coder"));
    c.open_alternatives.forEach((text, i) =>
      cards.appendChild(card("open alternative", text, c.alternative_sources[i])));
  }

  async function ensureConversation() {
    if (conversation) return conversation;
    const created = await api("POST", "/api/conversations", { title: "Practice " + new Date().toLocaleString("en-GB") });
    setConversation(created);
    await loadList(created.id);
    return created;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const textArea = document.getElementById("turn-text");
    const text = textArea.value.trim();
    const speaker = form.querySelector("input[name=speaker]:checked").value;
    if (!text) { say("Type what was said first."); textArea.focus(); return; }
    say("Thinking…");
    try {
      const c = await ensureConversation();
      if (!unsent || unsent.conversation !== c.id || unsent.speaker !== speaker || unsent.text !== text) {
        unsent = { conversation: c.id, speaker, text, key: freshKey() };
      }
      const stored = await postTurn(c.id, { speaker, text }, unsent.key);
      unsent = null;
      turns.push({ speaker, text: stored.text });
      showTurns();
      textArea.value = "";
      if (speaker === "person") {
        const body = { text: stored.text, turns: turns.slice(0, -1).slice(-maxContext) };
        if (stageSelect.value) body.stage = stageSelect.value;
        showSuggestion(await api("POST", "/api/suggest", body));
        say("New suggestions for what they said.");
      } else {
        showCheck(await api("POST", "/api/check", { text: stored.text }));
        say("Your words are coded below.");
      }
    } catch (error) { say("Sorry: " + error.message); }
  });

  document.getElementById("summarise-button").addEventListener("click", async () => {
    const person = turns.filter((t) => t.speaker === "person");
    if (!person.length) { say("Add something the person said first."); return; }
    try {
      const body = { text: person[person.length - 1].text, turns: turns.slice(-maxContext), summary: true };
      if (stageSelect.value) body.stage = stageSelect.value;
      showSuggestion(await api("POST", "/api/suggest", body));
      say("Summary ready.");
    } catch (error) { say("Sorry: " + error.message); }
  });

  select.addEventListener("change", () => open(select.value).catch((e) => say("Sorry: " + e.message)));
  document.getElementById("rename-button").addEventListener("click", async () => {
    if (!conversation) { say("Start or open a conversation first."); return; }
    const title = window.prompt("New name for this conversation", conversation.title || "");
    if (!title) return;
    try {
      const renamed = await api("PATCH", "/api/conversations/" + conversation.id, { title });
      setConversation(renamed);
      await loadList(renamed.id);
      say("Renamed.");
    } catch (error) { say("Sorry: " + error.message); }
  });
  document.getElementById("delete-button").addEventListener("click", async () => {
    if (!conversation) { say("Nothing to delete yet."); return; }
    if (!window.confirm("Delete this conversation for good?")) return;
    try {
      await api("DELETE", "/api/conversations/" + conversation.id);
      await loadList("");
      await open("");
      say("Deleted.");
    } catch (error) { say("Sorry: " + error.message); }
  });
  loadList("").catch((e) => say("Sorry: " + e.message));
}

document.addEventListener("DOMContentLoaded", () => { setupCopyTargets(); setupPractise(); });
