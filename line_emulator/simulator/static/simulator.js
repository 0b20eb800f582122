/* Phones side by side, each a LINE chat with the bot through the emulator's control API, live over
   server-sent events; and the operator panel. No build step, no library. */
"use strict";

const api = {
  async get(path) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  },
  async post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {}),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.message || `${path}: ${response.status}`);
    return answer;
  },
};

const setup = { roles: {}, languages: ["th"], places: [], users: [] };
const phones = new Map();

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/* Icons as SVG paths: machines without an emoji font would show empty boxes. */
const ICONS = {
  camera: "M4 7h3l2-2h6l2 2h3v12H4z M12 9a4 4 0 1 0 0 8a4 4 0 1 0 0-8",
  cameraRoll: "M4 5h16v14H4z M6 16l4-5 3 4 2-2 3 3",
  location: "M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7z M12 6a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
  sticker: "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18 M8 14c1 2 7 2 8 0 M9 9h.01 M15 9h.01",
  send: "M3 20l18-8L3 4l2 8z M5 12h8",
  keyboard: "M3 6h18v12H3z M6 9h2 M10 9h2 M14 9h2 M18 9h1 M6 12h2 M10 12h2 M14 12h2 M7 15h10",
};

function icon(name) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", ICONS[name]);
  svg.append(path);
  return svg;
}

function say(text) {
  document.getElementById("status").textContent = text;
}

function userLabel(user) {
  const role = user.role ? setup.roles[user.role] || user.role : "user";
  return `${user.displayName} · ${role}`;
}

/* -- dialogs: a map to pick a point, a date/time, a call ------------------------------------------- */
function dialog(title, build, host) {
  host = host || document.getElementById("dialog-host");
  const box = el("div", "dialog");
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-label", title);
  box.append(el("h3", null, title));
  const close = () => box.remove();
  build(box, close);
  const cancel = el("button", "dialog-cancel", "Cancel");
  cancel.type = "button";
  cancel.addEventListener("click", close);
  box.append(cancel);
  host.append(box);
  return box;
}

function pickLocation(phone) {
  dialog("Share a location", (box, close) => {
    const places = setup.places.length ? setup.places : [{ name: "Bangkok", latitude: 13.7563, longitude: 100.5018 }];
    let centre = places[0];
    let span = 0.08; // degrees across the map
    let chosen = { latitude: centre.latitude, longitude: centre.longitude };
    const near = el("select", "map-place");
    near.setAttribute("aria-label", "near");
    places.forEach((place, index) => near.append(new Option(place.name, String(index))));
    const map = el("div", "picker-map");
    map.setAttribute("aria-label", "map: click to drop the pin");
    const pin = el("div", "picker-pin");
    const latitude = el("input");
    const longitude = el("input");
    latitude.setAttribute("aria-label", "latitude");
    longitude.setAttribute("aria-label", "longitude");
    const draw = () => {
      map.replaceChildren();
      for (let i = 1; i < 8; i++) {
        const line = el("div", "grid-v");
        line.style.left = `${i * 12.5}%`;
        map.append(line);
        const across = el("div", "grid-h");
        across.style.top = `${i * 12.5}%`;
        map.append(across);
      }
      for (const place of places) {
        const x = (place.longitude - (centre.longitude - span / 2)) / span;
        const y = ((centre.latitude + span / 2) - place.latitude) / span;
        if (x < 0 || x > 1 || y < 0 || y > 1) continue;
        const mark = el("div", "place-mark", place.name);
        mark.style.left = `${x * 100}%`;
        mark.style.top = `${y * 100}%`;
        map.append(mark);
      }
      const x = (chosen.longitude - (centre.longitude - span / 2)) / span;
      const y = ((centre.latitude + span / 2) - chosen.latitude) / span;
      pin.style.left = `${x * 100}%`;
      pin.style.top = `${y * 100}%`;
      map.append(pin);
      latitude.value = chosen.latitude.toFixed(5);
      longitude.value = chosen.longitude.toFixed(5);
    };
    map.addEventListener("click", (event) => {
      const rect = map.getBoundingClientRect();
      const x = (event.clientX - rect.left) / rect.width;
      const y = (event.clientY - rect.top) / rect.height;
      chosen = {
        latitude: centre.latitude + span / 2 - y * span,
        longitude: centre.longitude - span / 2 + x * span,
      };
      draw();
    });
    near.addEventListener("change", () => {
      centre = places[Number(near.value)];
      chosen = { latitude: centre.latitude, longitude: centre.longitude };
      draw();
    });
    const zoom = (factor) => () => { span *= factor; draw(); };
    const zoomIn = el("button", null, "+");
    const zoomOut = el("button", null, "−");
    zoomIn.type = zoomOut.type = "button";
    zoomIn.addEventListener("click", zoom(0.5));
    zoomOut.addEventListener("click", zoom(2));
    for (const input of [latitude, longitude]) {
      input.addEventListener("change", () => {
        chosen = { latitude: Number(latitude.value), longitude: Number(longitude.value) };
        centre = chosen;
        draw();
      });
    }
    const send = el("button", "primary", "Send location");
    send.type = "button";
    send.addEventListener("click", () => {
      const lat = Number(latitude.value);
      const lng = Number(longitude.value);
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        say("latitude and longitude must be numbers");
        return;
      }
      close();
      phone.send({ type: "location", latitude: lat, longitude: lng, title: "ตำแหน่งที่ปักหมุด", address: `${lat.toFixed(5)}, ${lng.toFixed(5)}` });
    });
    const tools = el("div", "map-tools");
    tools.append(near, zoomIn, zoomOut);
    const typed = el("div", "map-typed");
    typed.append("lat ", latitude, " lng ", longitude);
    box.append(tools, map, typed, send);
    draw();
  }, phone.node);
}

function pickPhoto(phone) {
  const input = el("input");
  input.type = "file";
  input.accept = "image/jpeg,image/png";
  input.className = "photo-input";
  input.setAttribute("aria-label", `photo for ${phone.user.displayName}`);
  input.addEventListener("change", () => {
    const file = input.files[0];
    input.remove();
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      const encoded = String(reader.result).split(",", 2)[1];
      phone.send({ type: "image", content_base64: encoded, content_type: file.type || "image/jpeg" });
    };
    reader.readAsDataURL(file);
  });
  phone.node.append(input);
  input.click();
}

function pickDate(phone, action) {
  dialog(action.label || "Pick", (box, close) => {
    const mode = action.mode || "date";
    const input = el("input");
    input.type = mode === "datetime" ? "datetime-local" : mode;
    if (action.initial) input.value = action.initial;
    const send = el("button", "primary", "OK");
    send.type = "button";
    send.addEventListener("click", () => {
      close();
      phone.send({ type: "postback", data: action.data, params: { [mode]: input.value } });
    });
    box.append(input, send);
  }, phone.node);
}

function showCall(phone, number) {
  dialog("Call", (box) => {
    box.append(el("p", "call-number", number));
    box.append(el("p", null, "A phone would dial this number now."));
  }, phone.node);
}

/* -- a phone ----------------------------------------------------------------------------------------- */
class Phone {
  constructor(user) {
    this.user = user;
    this.cursor = { seq: 0, calls: 0, platform: "" };
    this.menu = null;
    this.menuOpen = false;
    this.loadingTimer = null;
    this.build();
    this.connect();
  }

  build() {
    const node = el("article", "phone");
    node.dataset.userId = this.user.userId;
    node.setAttribute("aria-label", `phone of ${this.user.displayName}`);
    const head = el("header", "phone-head");
    head.append(el("span", "phone-name", userLabel(this.user)));
    const language = el("select", "phone-language");
    language.setAttribute("aria-label", "language");
    for (const code of setup.languages) language.append(new Option(code, code));
    language.value = this.user.language || "th";
    language.addEventListener("change", () => this.setLanguage(language.value));
    const friend = el("button", "phone-friend");
    friend.type = "button";
    friend.addEventListener("click", () => this.toggleFriend());
    const closeButton = el("button", "phone-close", "×");
    closeButton.type = "button";
    closeButton.title = "close this phone";
    closeButton.addEventListener("click", () => this.close());
    head.append(language, friend, closeButton);
    this.friendButton = friend;
    this.chat = el("div", "chat");
    this.chat.setAttribute("aria-live", "polite");
    this.quick = el("div", "quick-replies");
    this.menuNode = el("div", "rich-menu");
    const bar = el("form", "chat-bar");
    this.keyboardButton = el("button", "keyboard-toggle");
    this.keyboardButton.append(icon("keyboard"));
    this.keyboardButton.type = "button";
    this.keyboardButton.title = "keyboard / menu";
    this.keyboardButton.addEventListener("click", () => this.setMenuOpen(!this.menuOpen));
    this.input = el("input", "chat-input");
    this.input.placeholder = "Aa";
    this.input.setAttribute("aria-label", "message");
    const more = el("button", "attach");
    more.append(icon("camera"));
    more.type = "button";
    more.title = "send a photo";
    more.addEventListener("click", () => pickPhoto(this));
    const where = el("button", "attach");
    where.append(icon("location"));
    where.type = "button";
    where.title = "send a location";
    where.addEventListener("click", () => pickLocation(this));
    const sticker = el("button", "attach");
    sticker.append(icon("sticker"));
    sticker.type = "button";
    sticker.title = "send a sticker";
    sticker.addEventListener("click", () => this.send({ type: "sticker", packageId: "446", stickerId: "1988" }));
    this.chatBarText = el("button", "chat-bar-text");
    this.chatBarText.type = "button";
    this.chatBarText.addEventListener("click", () => this.setMenuOpen(!this.menuOpen));
    const send = el("button", "send");
    send.append(icon("send"));
    send.type = "submit";
    send.title = "send";
    bar.append(this.keyboardButton, more, where, sticker, this.input, send, this.chatBarText);
    bar.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = "";
      this.send({ type: "text", text: text });
    });
    this.bar = bar;
    node.append(head, this.chat, this.quick, bar, this.menuNode);
    this.node = node;
    document.getElementById("phones").append(node);
    this.showFriendship();
  }

  showFriendship() {
    this.friendButton.textContent = this.user.blocked ? "Add friend" : "Block";
    this.friendButton.title = this.user.blocked ? "follow the bot again" : "unfollow (block) the bot";
    this.node.classList.toggle("blocked", !!this.user.blocked);
  }

  connect() {
    if (this.source) this.source.close();
    const query = `seq=${this.cursor.seq}&calls=${this.cursor.calls}&platform=${this.cursor.platform}`;
    this.source = new EventSource(`/simulator/api/users/${encodeURIComponent(this.user.userId)}/feed?${query}`);
    this.source.onmessage = (event) => this.receive(JSON.parse(event.data));
    this.source.onerror = () => {
      // The stream ends every few minutes, or the emulator restarted: reconnect from where we were.
      this.source.close();
      setTimeout(() => this.node.isConnected && this.connect(), 1000);
    };
  }

  close() {
    if (this.source) this.source.close();
    this.node.remove();
    phones.delete(this.user.userId);
    remember();
  }

  receive(item) {
    if (item.cursor) this.cursor = item.cursor;
    switch (item.kind) {
      case "restarted":
        this.chat.replaceChildren();
        this.quick.replaceChildren();
        say("The emulator restarted: the chats start again");
        break;
      case "ready":
        if (!this.chat.querySelector(".row")) this.showStart();
        break;
      case "user":
        this.showUser(item);
        break;
      case "bot":
        this.showBot(item);
        break;
      case "refused":
        this.showRefused(item);
        break;
      case "loading":
        this.showLoading(item.seconds);
        break;
      case "menu":
        this.loadMenu(item.richMenuId);
        break;
    }
  }

  scroll() {
    this.chat.scrollTop = this.chat.scrollHeight;
  }

  row(side, content) {
    const start = this.chat.querySelector(".start");
    if (start) start.remove();
    const row = el("div", `row ${side}`);
    row.append(content);
    this.chat.append(row);
    this.scroll();
    return row;
  }

  showStart() {
    const start = el("div", "start");
    start.append(el("p", null, this.user.blocked ? "This user blocked the bot." : "No messages yet."));
    const add = el("button", "primary", "Add friend");
    add.type = "button";
    add.addEventListener("click", () => this.send({ type: "follow" }));
    start.append(add);
    this.chat.append(start);
  }

  showUser(item) {
    this.quick.replaceChildren();
    if (item.type === "follow") {
      this.user.blocked = false;
      this.showFriendship();
      this.row("system", el("span", null, "added the bot as a friend"));
      return;
    }
    if (item.type === "unfollow") {
      this.user.blocked = true;
      this.showFriendship();
      this.row("system", el("span", null, "blocked the bot"));
      return;
    }
    if (item.type === "postback") {
      if (item.displayText) this.row("me", el("div", "bubble text", item.displayText)).dataset.postback = item.data;
      return;
    }
    const message = item.message || {};
    if (message.type === "image") {
      const bubble = el("div", "bubble image");
      const img = el("img");
      img.src = `/simulator/api/content/${message.id}`;
      img.alt = "my photo";
      bubble.append(img);
      this.row("me", bubble).dataset.messageType = "image";
      return;
    }
    this.row("me", LineRender.message(message, (action, node) => this.act(action, node)));
  }

  showBot(item) {
    this.stopLoading();
    const drawn = LineRender.message(item.message, (action, node) => this.act(action, node));
    const row = this.row("bot", drawn);
    row.dataset.seq = item.seq;
    row.dataset.via = item.via;
    if (item.message.quickReply) this.showQuickReplies(item.message.quickReply.items || []);
    else this.quick.replaceChildren();
  }

  showRefused(item) {
    this.stopLoading();
    const box = el("div", "refused");
    const what = item.status >= 500 || item.status === 429 || item.injected
      ? `LINE answered ${item.status} to this ${item.via}${item.injected ? " (injected)" : ""}; the bot may retry`
      : `LINE refused this ${item.via} (${item.status}): the user would see nothing`;
    box.append(el("div", "refused-title", what));
    const list = el("ul", "problems");
    for (const problem of item.problems || []) {
      list.append(el("li", null, problem.property ? `${problem.property}: ${problem.message}` : problem.message));
    }
    box.append(list);
    for (const message of item.messages || []) box.append(LineRender.message(message, () => {}));
    this.row("bot", box).classList.add("refused-row");
  }

  showLoading(seconds) {
    this.stopLoading();
    const dots = el("div", "loading");
    dots.setAttribute("aria-label", "the bot is typing");
    dots.append(el("i"), el("i"), el("i"));
    this.loadingRow = this.row("bot", dots);
    this.loadingTimer = setTimeout(() => this.stopLoading(), (seconds || 5) * 1000);
  }

  stopLoading() {
    clearTimeout(this.loadingTimer);
    if (this.loadingRow) this.loadingRow.remove();
    this.loadingRow = null;
  }

  showQuickReplies(items) {
    this.quick.replaceChildren();
    for (const item of items) {
      const action = item.action || {};
      const button = el("button", "quick-reply");
      button.type = "button";
      if (item.imageUrl) {
        const icon = el("img");
        icon.src = item.imageUrl;
        icon.alt = "";
        button.append(icon);
      }
      if (ICONS[action.type]) button.append(icon(action.type));
      button.append(LineRender.actionLabel(action));
      button.dataset.actionType = action.type;
      button.addEventListener("click", () => this.act(action, button));
      this.quick.append(button);
    }
  }

  async loadMenu(menuId) {
    this.menuNode.replaceChildren();
    this.menu = null;
    if (!menuId) {
      this.bar.classList.remove("with-menu");
      this.setMenuOpen(false);
      return;
    }
    const answer = await api.get(`/simulator/api/users/${encodeURIComponent(this.user.userId)}/richmenu`);
    this.showMenu(answer);
  }

  showMenu(answer) {
    this.menuNode.replaceChildren();
    if (!answer.menu) return;
    const menu = answer.menu;
    this.menu = menu;
    const frame = el("div", "rich-menu-frame");
    frame.dataset.richMenuId = menu.richMenuId;
    const img = el("img", "rich-menu-image");
    img.src = answer.image;
    img.alt = menu.chatBarText;
    frame.append(img);
    for (const area of menu.areas) {
      const bounds = area.bounds;
      const tap = el("button", "rich-menu-area");
      tap.type = "button";
      tap.setAttribute("aria-label", LineRender.actionLabel(area.action));
      tap.style.left = `${(bounds.x / menu.size.width) * 100}%`;
      tap.style.top = `${(bounds.y / menu.size.height) * 100}%`;
      tap.style.width = `${(bounds.width / menu.size.width) * 100}%`;
      tap.style.height = `${(bounds.height / menu.size.height) * 100}%`;
      tap.addEventListener("click", () => this.act(area.action, tap));
      frame.append(tap);
    }
    this.menuNode.append(frame);
    this.chatBarText.textContent = `${menu.chatBarText} ▾`;
    this.bar.classList.add("with-menu");
    this.setMenuOpen(menu.selected !== false);
  }

  setMenuOpen(open) {
    this.menuOpen = open && !!this.menu;
    this.node.classList.toggle("menu-open", this.menuOpen);
    if (this.menu) this.chatBarText.textContent = `${this.menu.chatBarText} ${this.menuOpen ? "▾" : "▴"}`;
  }

  async act(action, node) {
    switch (action.type) {
      case "postback":
        return this.send({ type: "postback", data: action.data, displayText: action.displayText || action.text });
      case "message":
        return this.send({ type: "text", text: action.text });
      case "uri":
        if (action.uri.startsWith("tel:")) return showCall(this, action.uri.slice(4));
        if (/^https?:/.test(action.uri)) return window.open(action.uri, "_blank", "noopener");
        return say(`the phone would open ${action.uri}`);
      case "camera":
      case "cameraRoll":
        return pickPhoto(this);
      case "location":
        return pickLocation(this);
      case "datetimepicker":
        return pickDate(this, action);
      case "richmenuswitch": {
        const answer = await api.get(`/simulator/api/richmenus/alias/${encodeURIComponent(action.richMenuAliasId)}`);
        this.showMenu(answer);
        return this.send({ type: "postback", data: action.data, params: { newRichMenuAliasId: action.richMenuAliasId, status: "SUCCESS" } });
      }
      case "clipboard":
        await navigator.clipboard.writeText(action.clipboardText).catch(() => {});
        return say("copied");
      default:
        return say(`${action.type} is not supported by the simulator`);
    }
  }

  async send(spec) {
    try {
      const answer = await api.post("/_emulator/webhook", { userId: this.user.userId, ...spec });
      if (answer.status === null) say(`The bot is not answering: ${answer.body}`);
      else if (answer.status >= 400) say(`The bot answered ${answer.status} to the webhook`);
      else say("");
    } catch (error) {
      say(String(error.message || error));
    }
  }

  async toggleFriend() {
    await this.send({ type: this.user.blocked ? "follow" : "unfollow" });
  }

  async setLanguage(language) {
    this.user.language = language;
    await api.post("/_emulator/users", { userId: this.user.userId, displayName: this.user.displayName, language: language });
    this.row("system", el("span", null, `LINE language: ${language} (the bot reads it when the user adds it again)`));
    await this.send({ type: "follow", isUnblocked: true });
  }
}

/* -- pickers and the page ---------------------------------------------------------------------------- */
function remember() {
  const ids = [...phones.keys()].join(",");
  history.replaceState(null, "", ids ? `#phones=${ids}` : "#");
}

function openPhone(user) {
  if (!user || phones.has(user.userId)) return;
  phones.set(user.userId, new Phone(user));
  remember();
}

function fillPickers() {
  const picker = document.getElementById("user-picker");
  picker.replaceChildren();
  for (const user of setup.users) picker.append(new Option(userLabel(user), user.userId));
}

async function loadSetup() {
  Object.assign(setup, await api.get("/simulator/api/setup"));
  fillPickers();
  const role = document.getElementById("new-role");
  role.replaceChildren();
  for (const [key, label] of Object.entries(setup.roles)) role.append(new Option(label, key));
  const language = document.getElementById("new-language");
  language.replaceChildren();
  for (const code of setup.languages) language.append(new Option(code, code));
  document.getElementById("run-sweeps").disabled = !setup.canSweep;
}

async function start() {
  await loadSetup();
  const wanted = (location.hash.match(/phones=([^&]*)/) || [])[1];
  const ids = wanted ? wanted.split(",") : setup.users.filter((user) => user.role).slice(0, 3).map((user) => user.userId);
  for (const id of ids) openPhone(setup.users.find((user) => user.userId === id) || { userId: id, displayName: id });

  document.getElementById("open-phone").addEventListener("submit", (event) => {
    event.preventDefault();
    const id = document.getElementById("user-picker").value;
    openPhone(setup.users.find((user) => user.userId === id));
  });
  document.getElementById("new-user").addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      say("creating…");
      const user = await api.post("/simulator/api/users", {
        displayName: document.getElementById("new-name").value,
        role: document.getElementById("new-role").value,
        language: document.getElementById("new-language").value,
      });
      setup.users.push(user);
      fillPickers();
      openPhone(user);
      say("");
    } catch (error) {
      say(String(error.message || error));
    }
  });
  Operator.start();
}

/* -- operator panel ---------------------------------------------------------------------------------- */
const Operator = {
  start() {
    document.getElementById("quota-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const limit = document.getElementById("quota-limit").value;
      await api.post("/_emulator/quota", {
        limit: limit === "" ? null : Number(limit),
        used: Number(document.getElementById("quota-used").value || 0),
      });
      this.refresh();
    });
    document.getElementById("fail-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      await api.post("/_emulator/fail", {
        count: Number(document.getElementById("fail-count").value),
        status: Number(document.getElementById("fail-status").value),
        delay: Number(document.getElementById("fail-delay").value || 0),
        path_prefix: document.getElementById("fail-path").value || null,
      }).catch((error) => say(error.message));
      this.refresh();
    });
    document.getElementById("run-sweeps").addEventListener("click", async () => {
      const result = document.getElementById("sweeps-result");
      result.textContent = "running…";
      try {
        const answer = await api.post("/simulator/api/sweeps");
        result.textContent = Object.entries(answer.ran).map(([job, count]) => `${job}: ${count}`).join(" · ");
      } catch (error) {
        result.textContent = String(error.message || error);
      }
    });
    this.refresh();
    setInterval(() => this.refresh(), 1500);
  },

  async refresh() {
    let state;
    try {
      state = await api.get("/simulator/api/operator");
    } catch (error) {
      say("The LINE emulator is not answering");
      return;
    }
    const quota = state.quota;
    document.getElementById("quota").textContent =
      quota.limit === null ? `messages sent this month: ${quota.used} (no limit)` : `messages sent this month: ${quota.used} of ${quota.limit}`;
    const failures = document.getElementById("failures");
    failures.replaceChildren(...state.failures.map((failure) =>
      el("li", null, `${failure.remaining} more ${failure.path_prefix || "calls"} → ${failure.status || "slow"}${failure.delay ? ` after ${failure.delay} s` : ""}`)));
    document.getElementById("refused-count").textContent = state.refused ? `(${state.refused} refused)` : "";
    const calls = document.getElementById("calls");
    calls.replaceChildren(...state.calls.map((call) => {
      const kind = !call.problems.length ? "call" : call.message_call && call.status < 500 ? "call refused" : "call failed";
      const item = el("li", kind);
      const time = new Date(call.time * 1000).toLocaleTimeString();
      item.append(el("span", "call-status", String(call.status)));
      item.append(` ${time} ${call.method} ${call.path.replace("/v2/bot/", "")}`);
      if (call.users.length) item.append(el("span", "call-user", ` → ${call.users.join(", ").slice(0, 40)}`));
      if (call.injected) item.append(el("span", "call-injected", " injected"));
      if (call.problems.length) {
        const list = el("ul", "problems");
        for (const problem of call.problems) {
          list.append(el("li", null, problem.property ? `${problem.property}: ${problem.message}` : problem.message));
        }
        item.append(list);
      }
      return item;
    }));
  },
};

window.addEventListener("DOMContentLoaded", () => start().catch((error) => say(String(error))));
