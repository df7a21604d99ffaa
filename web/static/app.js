// What Matters: progressive enhancement. All user text is inserted with textContent, never as HTML.
"use strict";

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

const UNREACHABLE = gettext("the assistant on this computer is not answering, so nothing more was done. Check that " +
  "it is still running (start it again with `assistant serve` if it stopped), then try again.");

class Unreachable extends Error {
  constructor() { super(UNREACHABLE); this.name = "Unreachable"; }
}

async function api(method, path, body, headers) {
  const options = { method, headers: Object.assign({ "Accept": "application/json" }, headers) };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  let response;
  try { response = await fetch(path, options); }
  catch (error) { throw new Unreachable(); }  // fetch rejects only when no answer came at all
  const data = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Error(gettext("you have been signed out; open the sign-in link again"));
  if (!response.ok) throw new Error(data.error || gettext("the request failed (%(status)s)", { status: response.status }));
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
      if (!(error instanceof Unreachable) || attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

function copyButton(text) {
  const button = el("button", { type: "button", class: "copy secondary" }, gettext("Copy"));
  button.addEventListener("click", async () => {
    try { await navigator.clipboard.writeText(text); button.textContent = gettext("Copied"); }
    catch (e) { button.textContent = gettext("Select and copy"); }
    setTimeout(() => { button.textContent = gettext("Copy"); }, 1500);
  });
  return button;
}

// kind is English (it names the card's class); the card shows it, or shown, in the page's language. The suggestion
// itself comes from the English models and guidance, so it is marked lang="en".
function card(kind, text, source, use, shown) {
  const box = el("div", { class: "card suggestion " + kind.replace(/[^a-z]+/g, "-") });
  box.appendChild(el("p", { class: "card-kind" }, shown || gettext(kind)));
  box.appendChild(el("p", { class: "card-text", lang: "en" }, text));
  if (source) box.appendChild(el("p", { class: "source" }, gettext("Source: %(source)s", { source })));
  const actions = el("div", { class: "card-actions" });
  if (use) {
    const button = el("button", { type: "button", class: "use-this" }, gettext("Use this"));
    button.addEventListener("click", () => use(text));
    actions.appendChild(button);
  }
  actions.appendChild(copyButton(text));
  box.appendChild(actions);
  return box;
}

function setupCopyTargets() {
  document.querySelectorAll("button[data-copy-target]").forEach((button) => {
    button.addEventListener("click", async () => {
      const target = document.getElementById(button.dataset.copyTarget);
      try { await navigator.clipboard.writeText(target.textContent); button.textContent = gettext("Copied"); }
      catch (e) { button.textContent = gettext("Select and copy"); }
    });
  });
  document.querySelectorAll("button[data-copy-text]").forEach((button) => {
    button.addEventListener("click", async () => {
      try { await navigator.clipboard.writeText(button.dataset.copyText); button.textContent = gettext("Copied"); }
      catch (e) { button.textContent = gettext("Select and copy"); }
    });
  });
  document.querySelectorAll(".print-button").forEach((b) => b.addEventListener("click", () => window.print()));
}

const AUDIENCE_NAMES = { adult: gettext("adult"), older_person: gettext("older person"), carer: gettext("carer"),
  parent: gettext("parent"), child: gettext("child"), young_person: gettext("young person") };

function setupPractise() {
  const form = document.getElementById("turn-form");
  if (!form) return;
  const turnsList = document.getElementById("turns");
  const log = document.getElementById("chat-log");
  const cards = document.getElementById("cards");
  const cardsEmpty = document.getElementById("cards-empty");
  const turnsEmpty = document.getElementById("turns-empty");
  const status = document.getElementById("status");
  const select = document.getElementById("conversation-select");
  const stageSelect = document.getElementById("stage-select");
  const stageShown = document.getElementById("stage-shown");
  const audienceSelect = document.getElementById("audience-select");
  const audienceShown = document.getElementById("audience-shown");
  const exportLink = document.getElementById("export-link");
  const renameButton = document.getElementById("rename-button");
  const deleteButton = document.getElementById("delete-button");
  const sendButton = document.getElementById("send-button");
  const summariseButton = document.getElementById("summarise-button");
  const textArea = document.getElementById("turn-text");
  const panel = document.getElementById("suggestions");
  const maxContext = Number(turnsList.dataset.maxContextTurns) || 500;
  let conversation = null;
  let turns = [];  // {speaker, text, check?, suggestion?}
  let unsent = null;  // the turn whose write failed: sending it again reuses its key
  let busy = false;
  let again = false;  // the stage or audience changed while a request ran: suggest again once it ends

  function say(message, retry) {
    status.replaceChildren(el("p", {}, message));
    if (retry) {
      const button = el("button", { type: "button", class: "secondary retry" }, gettext("Try again"));
      button.addEventListener("click", () => retry());
      status.appendChild(button);
    }
  }

  function setBusy(on) {
    busy = on;
    sendButton.disabled = on;
    summariseButton.disabled = on;
    document.querySelectorAll(".use-this").forEach((b) => { b.disabled = on; });
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  // Nothing runs twice at once: a second click, Ctrl+Enter or "Use this" while one request runs does nothing.
  async function exclusive(work) {
    if (busy) return;
    setBusy(true);
    try { await work(); }
    finally {
      setBusy(false);
      textArea.focus({ preventScroll: true });
      if (again) { again = false; resuggest(); }
    }
  }

  function use(text) {
    exclusive(() => addTurn("worker", text, false));
  }

  function suggestionCards(s, target) {
    const group = (title, items) => {
      if (!items.length) return;
      target.appendChild(el("h3", {}, title));
      items.forEach((node) => target.appendChild(node));
    };
    // A risk or safeguarding cue comes first: what was heard, what to check, and a question that raises it openly.
    group(gettext("Safety first"), (s.safety || []).map((c) => {
      const node = card("safety-" + c.concern, c.text, gettext("safety guidance"), null,
        gettext("safety: %(concern)s", { concern: gettext(c.concern.replace(/_/g, " ")) }));
      node.classList.add("card-safety");
      const ask = el("p", { class: "card-text" }, gettext("You could ask:") + " ");
      ask.appendChild(el("span", { lang: "en" }, c.question));
      node.insertBefore(ask, node.lastChild);
      const checks = el("ul", { lang: "en" });
      (c.check_first || []).forEach((item) => checks.appendChild(el("li", {}, item)));
      node.insertBefore(checks, node.lastChild);
      return node;
    }));
    if (s.language === "cy") {
      target.appendChild(el("p", { class: "note" }, gettext("This was said in Welsh. Reflections are made only " +
        "from English words, so none are offered; the questions fit the stage of the conversation and can be " +
        "asked in Welsh.")));
    } else if (s.note) target.appendChild(el("p", { class: "note", lang: "en" }, s.note));
    group(gettext("Reflections"), s.reflections.map((r) => card(r.kind + " reflection", r.text, r.source, use)));
    group(gettext("Open questions"), s.open_questions.map((q) => card(N_("open question"), q.text,
      gettext("question bank %(id)s", { id: q.source }), use)));
    group(gettext("Affirmation"), s.affirmations.map((a) => card(N_("affirmation"), a.text,
      gettext("guidance: %(page)s", { page: a.source }), use)));
    if (s.summary) group(gettext("Summary"), [card(N_("summary"), s.summary, gettext("your conversation"), use)]);
    if (!target.childElementCount) {
      target.appendChild(el("p", { class: "note" }, gettext("Nothing to suggest for these words.")));
    }
  }

  function checkCards(c, target) {
    target.appendChild(el("h3", {}, gettext("Your words")));
    if (c.language === "cy") {
      target.appendChild(el("p", { class: "note" }, gettext("This is in Welsh. The OARS coder reads English only, " +
        "so your words were not coded and no alternatives are offered.")));
      return;
    }
    target.appendChild(card(c.code.replace(/_/g, " "), c.why, gettext("OARS coder")));
    c.open_alternatives.forEach((text, i) =>
      target.appendChild(card(N_("open alternative"), text, (c.alternative_sources || [])[i], use)));
  }

  function showStage(s) {
    const stage = gettext(s.stage);
    stageShown.textContent = s.stage_source === "chosen" ? gettext("Stage: %(stage)s (set by you)", { stage })
      : gettext("Stage: %(stage)s (detected, %(percent)s%% sure)", { stage,
        percent: Math.round(s.stage_confidence * 100) });
    const person = AUDIENCE_NAMES[s.audience] || s.audience;
    if (s.audience_source === "chosen") {
      audienceShown.textContent = gettext("Person: %(person)s (set by you)", { person });
    } else if (s.audience) {
      audienceShown.textContent = gettext("Person: %(person)s (worked out from their words; choose another above " +
        "if it is wrong)", { person });
    } else {
      audienceShown.textContent = gettext("Person: not clear from their words, so the questions suit anyone");
    }
  }

  function showPanel(fill, scroll) {
    cards.replaceChildren();
    fill(cards);
    // On a phone the panel sits below the conversation: bring the newest suggestions into view.
    if (scroll && window.matchMedia("(max-width: 60rem)").matches) panel.scrollIntoView({ block: "start" });
  }

  function showTurns() {
    turnsList.replaceChildren();
    turnsEmpty.hidden = turns.length > 0;
    turns.forEach((t, i) => {
      const item = el("li", { class: "turn " + t.speaker });
      const head = el("div", { class: "turn-head" });
      head.appendChild(el("span", { class: "who" }, t.speaker === "worker" ? gettext("I said") : gettext("They said")));
      if (t.check) {
        head.appendChild(el("span", { class: "turn-code", title: gettext("OARS code") },
          t.check.language === "cy" ? gettext("not coded (Welsh)") : gettext(t.check.code.replace(/_/g, " "))));
      }
      item.appendChild(head);
      item.appendChild(el("span", { class: "what" }, t.text));
      if (t.suggestion) {
        const details = el("details", { class: "turn-suggestions" });
        details.appendChild(el("summary", {}, gettext("Suggestions for turn %(n)s", { n: i + 1 })));
        suggestionCards(t.suggestion, details);
        item.appendChild(details);
      }
      turnsList.appendChild(item);
    });
    log.scrollTop = log.scrollHeight;
  }

  function setConversation(c) {
    conversation = c;
    renameButton.disabled = !c;
    deleteButton.disabled = !c;
    if (c) {
      exportLink.href = "/api/conversations/" + c.id + "/export.md";
      exportLink.removeAttribute("aria-disabled");
    } else {
      exportLink.removeAttribute("href");
      exportLink.setAttribute("aria-disabled", "true");
    }
  }

  async function loadList(selected) {
    const data = await api("GET", "/api/conversations");
    select.replaceChildren(el("option", { value: "" }, gettext("New conversation")));
    for (const c of data.conversations) {
      const option = el("option", { value: c.id }, c.title);
      if (c.id === selected) option.selected = true;
      select.appendChild(option);
    }
  }

  function suggestBody(index, extra) {
    const turn = turns[index];
    const body = Object.assign({ text: turn.text, turns: turns.slice(0, index).slice(-maxContext)
      .map((t) => ({ speaker: t.speaker, text: t.text })) }, extra || {});
    if (stageSelect.value) body.stage = stageSelect.value;
    if (audienceSelect.value) body.audience = audienceSelect.value;
    return body;
  }

  async function suggestFor(index, scroll) {
    const s = await api("POST", "/api/suggest", suggestBody(index));
    turns[index].suggestion = s;
    showTurns();
    showStage(s);
    showPanel((target) => suggestionCards(s, target), scroll);
  }

  async function checkFor(index, show) {
    const c = await api("POST", "/api/check", { text: turns[index].text });
    turns[index].check = c;
    showTurns();
    if (show) showPanel((target) => checkCards(c, target), true);
  }

  function lastPersonIndex() {
    for (let i = turns.length - 1; i >= 0; i--) if (turns[i].speaker === "person") return i;
    return -1;
  }

  async function addTurn(speaker, text, fromBox) {
    say(gettext("Thinking…"));
    let index;
    try {
      const c = await ensureConversation();
      if (!unsent || unsent.conversation !== c.id || unsent.speaker !== speaker || unsent.text !== text) {
        unsent = { conversation: c.id, speaker, text, key: freshKey() };
      }
      const stored = await postTurn(c.id, { speaker, text }, unsent.key);
      unsent = null;
      turns.push({ speaker, text: stored.text });
      index = turns.length - 1;
      showTurns();
      if (fromBox) textArea.value = "";
    } catch (error) {
      say(gettext("Sorry: %(problem)s", { problem: error.message }), () => exclusive(() => addTurn(speaker, text, fromBox)));
      return;
    }
    await respondTo(index);
  }

  async function respondTo(index) {
    try {
      if (turns[index].speaker === "person") {
        await suggestFor(index, true);
        say(gettext("New suggestions for what they said."));
      } else {
        await checkFor(index, true);
        say(gettext("Your words are coded below."));
      }
    } catch (error) {
      say(gettext("Sorry: the turn is saved, but %(problem)s", { problem: error.message }),
        () => exclusive(() => respondTo(index)));
    }
  }

  function resuggest() {
    const index = lastPersonIndex();
    if (index < 0) return;
    if (busy) { again = true; return; }
    exclusive(async () => {
      say(gettext("Suggesting again…"));
      try {
        await suggestFor(index, false);
        say(gettext("Suggestions updated for the stage and person you chose."));
      } catch (error) { say(gettext("Sorry: %(problem)s", { problem: error.message }), resuggest); }
    });
  }

  async function ensureConversation() {
    if (conversation) return conversation;
    // dd/mm/yyyy in both languages (and a Welsh title the name finder reads as words, not as a name)
    const title = gettext("Practice %(when)s", { when: new Date().toLocaleString("en-GB") });
    const created = await api("POST", "/api/conversations", { title });
    setConversation(created);
    await loadList(created.id);
    return created;
  }

  // A reopened conversation shows its codes, its stage and the suggestions for the person's last words.
  async function open(id) {
    showPanel((target) => target.appendChild(cardsEmpty), false);
    if (!id) {
      setConversation(null); turns = []; showTurns();
      stageShown.textContent = gettext("Stage: not yet known");
      audienceShown.textContent = gettext("Person: not yet known");
      return;
    }
    const data = await api("GET", "/api/conversations/" + id);
    setConversation(data);
    turns = data.turns.map((t) => ({ speaker: t.speaker, text: t.text }));
    showTurns();
    const last = lastPersonIndex();
    if (last >= 0) await suggestFor(last, false);
    const workers = turns.map((t, i) => i).filter((i) => turns[i].speaker === "worker").slice(-50);
    for (const i of workers) await checkFor(i, false);
    say(gettext("Opened %(title)s.", { title: data.title }));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const text = textArea.value.trim();
    const speaker = form.querySelector("input[name=speaker]:checked").value;
    if (!text) { say(gettext("Type what was said first.")); textArea.focus(); return; }
    exclusive(() => addTurn(speaker, text, true));
  });

  textArea.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  summariseButton.addEventListener("click", () => {
    const index = lastPersonIndex();
    if (index < 0) { say(gettext("Add something the person said first.")); return; }
    exclusive(async () => {
      try {
        const s = await api("POST", "/api/suggest", Object.assign(suggestBody(index), {
          turns: turns.slice(-maxContext).map((t) => ({ speaker: t.speaker, text: t.text })), summary: true }));
        showStage(s);
        showPanel((target) => suggestionCards(s, target), true);
        say(gettext("Summary ready."));
      } catch (error) { say(gettext("Sorry: %(problem)s", { problem: error.message }), () => summariseButton.click()); }
    });
  });

  stageSelect.addEventListener("change", resuggest);
  audienceSelect.addEventListener("change", resuggest);

  document.getElementById("example-button").addEventListener("click", (event) => {
    textArea.value = event.currentTarget.dataset.example;
    form.querySelector("input[name=speaker][value=person]").checked = true;
    textArea.focus();
  });

  function reopen() {
    exclusive(() => open(select.value).catch((e) => say(gettext("Sorry: %(problem)s", { problem: e.message }), reopen)));
  }
  select.addEventListener("change", reopen);
  renameButton.addEventListener("click", async () => {
    if (!conversation) return;
    const title = window.prompt(gettext("New name for this conversation"), conversation.title || "");
    if (!title) return;
    try {
      const renamed = await api("PATCH", "/api/conversations/" + conversation.id, { title });
      setConversation(renamed);
      await loadList(renamed.id);
      say(gettext("Renamed."));
    } catch (error) { say(gettext("Sorry: %(problem)s", { problem: error.message })); }
  });
  deleteButton.addEventListener("click", async () => {
    if (!conversation) return;
    if (!window.confirm(gettext("Delete this conversation for good?"))) return;
    try {
      await api("DELETE", "/api/conversations/" + conversation.id);
      await loadList("");
      await open("");
      say(gettext("Deleted."));
    } catch (error) { say(gettext("Sorry: %(problem)s", { problem: error.message })); }
  });
  function start() {
    loadList("").then(() => say("")).catch((e) => say(gettext("Sorry: %(problem)s", { problem: e.message }), start));
  }
  start();
}

// Reflect: a file too big for the page is refused before it is sent, so what is typed in the box stays.
function setupReflect() {
  const form = document.getElementById("reflect-form");
  if (!form) return;
  const file = document.getElementById("file");
  const message = document.getElementById("reflect-limit");
  const maxBytes = Number(form.dataset.maxBytes);
  const tooBig = () => file.files.length && file.files[0].size > maxBytes;
  function check() {
    if (tooBig()) {
      const mb = (n) => (n / 1024 / 1024).toFixed(1) + " MB";
      message.textContent = gettext("That file is %(size)s; the largest this page takes is %(limit)s. Split the " +
        "transcript into parts, or save it as plain text. Nothing was sent.", { size: mb(file.files[0].size),
        limit: mb(maxBytes) });
      message.hidden = false;
      file.value = "";
      return false;
    }
    message.hidden = true;
    return true;
  }
  file.addEventListener("change", check);
  form.addEventListener("submit", (event) => { if (!check()) event.preventDefault(); });
}

document.addEventListener("DOMContentLoaded", () => { setupCopyTargets(); setupPractise(); setupReflect(); });
