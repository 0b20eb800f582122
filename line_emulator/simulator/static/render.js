/* Draws LINE messages as the LINE app does: text, stickers, images, locations, templates, and Flex
   bubbles and carousels (box layouts, spacing and margins, text sizes, buttons, images, separators,
   colours). `LineRender.message(message, act)` returns an element; `act(action)` is called when the
   user taps something that carries an action. A part it cannot draw is shown as such, never dropped. */
"use strict";

const LineRender = (() => {
  const SPACING = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 };
  const TEXT_SIZES = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, "3xl": 35, "4xl": 48, "5xl": 74 };
  const IMAGE_SIZES = {
    xxs: 40, xs: 60, sm: 80, md: 100, lg: 120, xl: 140, xxl: 160, "3xl": 180, "4xl": 200, "5xl": 220,
  };
  const ICON_SIZES = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, "3xl": 35, "4xl": 48, "5xl": 74 };
  const BUBBLE_WIDTHS = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 386 };
  const BLOCK_PADDING = { header: 20, hero: 0, body: 20, footer: 10 };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function px(value, table) {
    if (value === undefined || value === null) return null;
    if (table && value in table) return table[value] + "px";
    if (/^-?\d+(\.\d+)?(px|%)$/.test(String(value))) return String(value);
    return null;
  }

  function unsupported(what) {
    return el("div", "unsupported", `[cannot draw ${what}]`);
  }

  function actionLabel(action) {
    return action.label || action.displayText || action.text || action.uri || action.type;
  }

  function clickable(node, action, act) {
    if (!action) return node;
    node.classList.add("tappable");
    node.tabIndex = 0;
    node.setAttribute("role", "button");
    node.dataset.actionType = action.type;
    if (action.uri && action.uri.startsWith("tel:")) node.dataset.tel = action.uri.slice(4);
    node.addEventListener("click", (event) => {
      event.stopPropagation();
      act(action, node);
    });
    return node;
  }

  /* -- plain text: links and phone numbers are tappable, as LINE makes them ------------------------ */
  const LINKS = /(https?:\/\/[^\s]+|\b0\d{1,2}[- ]?\d{3}[- ]?\d{3,4}\b|\b1\d{3}\b)/g;

  function linkedText(text, act) {
    const span = el("span", "text-content");
    let last = 0;
    for (const found of text.matchAll(LINKS)) {
      span.append(text.slice(last, found.index));
      const value = found[0];
      const link = el("a", "auto-link", value);
      const uri = value.startsWith("http") ? value : "tel:" + value.replace(/[- ]/g, "");
      link.href = uri;
      link.addEventListener("click", (event) => {
        event.preventDefault();
        act({ type: "uri", uri: uri, label: value }, link);
      });
      span.append(link);
      last = found.index + value.length;
    }
    span.append(text.slice(last));
    return span;
  }

  /* -- a small map with a pin: no tiles, no network ------------------------------------------------- */
  function miniMap(latitude, longitude) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 240 120");
    svg.setAttribute("class", "mini-map");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `map pin at ${latitude}, ${longitude}`);
    const shape = (tag, attributes) => {
      const node = document.createElementNS(ns, tag);
      for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
      svg.append(node);
      return node;
    };
    shape("rect", { x: 0, y: 0, width: 240, height: 120, fill: "#e6efe0" });
    // Roads drawn from the coordinates, so two places do not look the same.
    const seed = Math.abs(Math.round(latitude * 1000) * 31 + Math.round(longitude * 1000) * 17);
    for (let i = 0; i < 4; i++) {
      const offset = (seed >> (i * 3)) % 100;
      shape("line", { x1: 0, y1: 10 + offset, x2: 240, y2: 20 + ((offset * 7) % 100), stroke: "#ffffff", "stroke-width": 5 });
      shape("line", { x1: 20 + offset * 2, y1: 0, x2: 10 + ((offset * 3) % 220), y2: 120, stroke: "#fbe7a1", "stroke-width": 4 });
    }
    shape("path", { d: "M120 62 C108 46 108 30 120 28 C132 30 132 46 120 62 Z", fill: "#e0362c", stroke: "#8f1a14" });
    shape("circle", { cx: 120, cy: 40, r: 4, fill: "#ffffff" });
    return svg;
  }

  /* -- flex ----------------------------------------------------------------------------------------- */
  function applyBoxStyle(node, box) {
    const style = node.style;
    if (box.backgroundColor) style.backgroundColor = box.backgroundColor;
    if (box.borderColor) style.borderColor = box.borderColor;
    if (box.borderWidth) {
      const widths = { none: 0, light: 0.5, normal: 1, medium: 2, "semi-bold": 3, bold: 4 };
      style.borderWidth = (box.borderWidth in widths ? widths[box.borderWidth] + "px" : box.borderWidth);
      style.borderStyle = "solid";
    }
    if (box.cornerRadius) style.borderRadius = px(box.cornerRadius, SPACING) || box.cornerRadius;
    const padding = px(box.paddingAll, SPACING);
    if (padding) style.padding = padding;
    for (const side of ["Top", "Bottom", "Start", "End"]) {
      const value = px(box["padding" + side], SPACING);
      const css = { Top: "paddingTop", Bottom: "paddingBottom", Start: "paddingLeft", End: "paddingRight" }[side];
      if (value) style[css] = value;
    }
    for (const key of ["width", "maxWidth", "height", "maxHeight"]) if (box[key]) style[key] = box[key];
    if (box.justifyContent) style.justifyContent = box.justifyContent.replace("flex-", "flex-");
    if (box.alignItems) style.alignItems = box.alignItems;
    if (box.background && box.background.type === "linearGradient") {
      const angle = box.background.angle || "0deg";
      style.background = `linear-gradient(${angle}, ${box.background.startColor}, ${box.background.endColor})`;
    }
  }

  function placeChild(node, child, parentLayout, index, parentSpacing) {
    const horizontal = parentLayout !== "vertical";
    const flex = child.flex !== undefined ? child.flex : horizontal ? 1 : 0;
    node.style.flex = flex === 0 ? "0 0 auto" : `${flex} 1 0`;
    if (horizontal && flex !== 0) node.style.minWidth = "0";
    const margin = px(child.margin, SPACING) || (index > 0 ? px(parentSpacing, SPACING) : null);
    if (margin && child.type !== "filler") node.style[horizontal ? "marginLeft" : "marginTop"] = margin;
    if (child.position === "absolute") {
      node.style.position = "absolute";
      for (const [key, css] of [["offsetTop", "top"], ["offsetBottom", "bottom"], ["offsetStart", "left"], ["offsetEnd", "right"]]) {
        if (child[key]) node.style[css] = px(child[key], SPACING) || child[key];
      }
    } else {
      for (const [key, css] of [["offsetTop", "top"], ["offsetBottom", "bottom"], ["offsetStart", "left"], ["offsetEnd", "right"]]) {
        if (child[key]) {
          node.style.position = "relative";
          node.style[css] = px(child[key], SPACING) || child[key];
        }
      }
    }
    if (child.gravity && parentLayout !== "vertical") {
      node.style.alignSelf = { top: "flex-start", center: "center", bottom: "flex-end" }[child.gravity] || "";
    }
    if (child.align && parentLayout === "vertical" && child.type !== "text") {
      node.style.alignSelf = { start: "flex-start", center: "center", end: "flex-end" }[child.align] || "";
    }
  }

  function flexBox(box, act) {
    const layout = box.layout || "vertical";
    const node = el("div", `fx-box fx-${layout}`);
    applyBoxStyle(node, box);
    (box.contents || []).forEach((child, index) => {
      const drawn = component(child, act, layout);
      placeChild(drawn, child, layout, index, box.spacing);
      node.append(drawn);
    });
    return clickable(node, box.action, act);
  }

  function flexText(part, act, parentLayout) {
    const node = el("div", "fx-text");
    const size = px(part.size || "md", TEXT_SIZES);
    if (size) node.style.fontSize = size;
    if (part.weight === "bold") node.style.fontWeight = "bold";
    if (part.style === "italic") node.style.fontStyle = "italic";
    if (part.decoration && part.decoration !== "none") node.style.textDecoration = part.decoration;
    node.style.color = part.color || "#111111";
    if (part.align) node.style.textAlign = { start: "left", end: "right", center: "center" }[part.align];
    if (part.lineSpacing) node.style.lineHeight = `calc(1.4em + ${part.lineSpacing})`;
    if (part.wrap) {
      node.classList.add("fx-wrap");
      if (part.maxLines) {
        node.classList.add("fx-clamp");
        node.style.webkitLineClamp = String(part.maxLines);
      }
    } else {
      node.classList.add("fx-nowrap");
    }
    if (parentLayout === "baseline") node.style.alignSelf = "baseline";
    if (Array.isArray(part.contents) && part.contents.length) {
      for (const span of part.contents) {
        const piece = el("span", "fx-span", span.text || "");
        if (span.color) piece.style.color = span.color;
        if (span.size) piece.style.fontSize = px(span.size, TEXT_SIZES);
        if (span.weight === "bold") piece.style.fontWeight = "bold";
        if (span.style === "italic") piece.style.fontStyle = "italic";
        if (span.decoration && span.decoration !== "none") piece.style.textDecoration = span.decoration;
        node.append(piece);
      }
    } else {
      node.textContent = part.text || "";
    }
    return clickable(node, part.action, act);
  }

  function flexButton(button, act) {
    const style = button.style || "link";
    const node = el("button", `fx-button fx-button-${style} fx-height-${button.height || "md"}`);
    node.type = "button";
    node.textContent = (button.action && button.action.label) || "";
    if (button.color) {
      if (style === "link") node.style.color = button.color;
      else node.style.backgroundColor = button.color;
    }
    if (button.gravity) node.style.alignSelf = { top: "flex-start", center: "center", bottom: "flex-end" }[button.gravity];
    if (button.adjustMode === "shrink-to-fit") node.style.fontSize = "smaller";
    return clickable(node, button.action, act);
  }

  function flexImage(image, act) {
    const wrap = el("div", "fx-image");
    const size = image.size || "md";
    if (size === "full") wrap.style.width = "100%";
    else wrap.style.width = px(size, IMAGE_SIZES) || size;
    const align = image.align || "center";
    wrap.style.alignSelf = { start: "flex-start", center: "center", end: "flex-end" }[align];
    const ratio = String(image.aspectRatio || "1:1").split(":").map(Number);
    const box = el("div", "fx-image-box");
    box.style.aspectRatio = `${ratio[0]} / ${ratio[1]}`;
    if (image.backgroundColor) box.style.backgroundColor = image.backgroundColor;
    const img = el("img");
    img.src = image.url;
    img.alt = "";
    img.loading = "lazy";
    img.style.objectFit = image.aspectMode === "cover" ? "cover" : "contain";
    img.addEventListener("error", () => box.classList.add("broken"));
    box.append(img);
    wrap.append(box);
    return clickable(wrap, image.action, act);
  }

  function flexIcon(icon) {
    const img = el("img", "fx-icon");
    img.src = icon.url;
    img.alt = "";
    const size = px(icon.size || "md", ICON_SIZES) || "16px";
    img.style.height = size;
    img.style.alignSelf = "baseline";
    return img;
  }

  function component(part, act, parentLayout) {
    switch (part && part.type) {
      case "box":
        return flexBox(part, act);
      case "text":
        return flexText(part, act, parentLayout);
      case "button":
        return flexButton(part, act);
      case "image":
        return flexImage(part, act);
      case "icon":
        return flexIcon(part);
      case "separator": {
        const line = el("div", parentLayout === "vertical" ? "fx-separator" : "fx-separator fx-separator-v");
        if (part.color) line.style.backgroundColor = part.color;
        return line;
      }
      case "filler":
      case "spacer":
        return el("div", "fx-filler");
      case "video":
        return part.altContent ? component(part.altContent, act, parentLayout) : unsupported("video");
      default:
        return unsupported(`flex ${part && part.type}`);
    }
  }

  function bubble(contents, act) {
    const node = el("div", "fx-bubble");
    const width = BUBBLE_WIDTHS[contents.size || "mega"] || 300;
    node.style.width = width + "px";
    node.style.maxWidth = "100%";
    const styles = contents.styles || {};
    let first = true;
    for (const block of ["header", "hero", "body", "footer"]) {
      const part = contents[block];
      if (!part) continue;
      const blockStyle = styles[block] || {};
      const drawn = block === "hero" && part.type !== "box" ? component(part, act, "vertical") : component(part, act, "vertical");
      const wrap = el("div", `fx-block fx-${block}`);
      if (part.type === "box" && !part.paddingAll) {
        const padding = BLOCK_PADDING[block] + "px";
        if (!part.paddingTop) drawn.style.paddingTop = drawn.style.paddingTop || padding;
        if (!part.paddingBottom) drawn.style.paddingBottom = drawn.style.paddingBottom || padding;
        if (!part.paddingStart) drawn.style.paddingLeft = drawn.style.paddingLeft || (block === "footer" ? "10px" : padding);
        if (!part.paddingEnd) drawn.style.paddingRight = drawn.style.paddingRight || (block === "footer" ? "10px" : padding);
      }
      if (blockStyle.backgroundColor) wrap.style.backgroundColor = blockStyle.backgroundColor;
      if (blockStyle.separator && !first) {
        wrap.style.borderTop = `1px solid ${blockStyle.separatorColor || "#d4d6da"}`;
      }
      wrap.append(drawn);
      node.append(wrap);
      first = false;
    }
    return clickable(node, contents.action, act);
  }

  function flexContainer(contents, act) {
    if (contents.type === "bubble") return bubble(contents, act);
    if (contents.type === "carousel") {
      const row = el("div", "fx-carousel");
      for (const item of contents.contents || []) row.append(bubble(item, act));
      return row;
    }
    return unsupported(`flex container ${contents.type}`);
  }

  /* -- templates ------------------------------------------------------------------------------------ */
  function templateCard(template, act) {
    const card = el("div", "template-card");
    if (template.thumbnailImageUrl) {
      const img = el("img", "template-thumb");
      img.src = template.thumbnailImageUrl;
      img.alt = "";
      card.append(img);
    }
    if (template.title) card.append(el("div", "template-title", template.title));
    card.append(el("div", "template-text", template.text || ""));
    const actions = el("div", template.type === "confirm" ? "template-actions confirm" : "template-actions");
    for (const action of template.actions || []) {
      const button = el("button", "template-button", actionLabel(action));
      button.type = "button";
      actions.append(clickable(button, action, act));
    }
    card.append(actions);
    return card;
  }

  function template(message, act) {
    const body = message.template || {};
    if (body.type === "carousel" || body.type === "image_carousel") {
      const row = el("div", "fx-carousel");
      for (const column of body.columns || []) {
        if (body.type === "image_carousel") {
          const img = el("img", "template-thumb");
          img.src = column.imageUrl;
          row.append(clickable(img, column.action, act));
        } else {
          row.append(templateCard(column, act));
        }
      }
      return row;
    }
    return templateCard(body, act);
  }

  /* -- one message ---------------------------------------------------------------------------------- */
  function message(msg, act) {
    const kind = msg && msg.type;
    let node;
    switch (kind) {
      case "text":
      case "textV2":
        node = el("div", "bubble text");
        node.append(linkedText(msg.text || "", act));
        break;
      case "sticker":
        node = el("div", "sticker", `sticker ${msg.packageId}/${msg.stickerId}`);
        break;
      case "image": {
        node = el("div", "bubble image");
        const img = el("img");
        img.src = msg.previewImageUrl || msg.originalContentUrl;
        img.alt = "image";
        img.addEventListener("error", () => node.classList.add("broken"));
        node.append(img);
        break;
      }
      case "video":
      case "audio":
        node = el("div", "bubble text", `[${kind}]`);
        break;
      case "location":
        node = el("div", "bubble location");
        node.append(miniMap(msg.latitude, msg.longitude));
        node.append(el("div", "location-title", msg.title || ""));
        node.append(el("div", "location-address", msg.address || `${msg.latitude}, ${msg.longitude}`));
        break;
      case "flex":
        node = el("div", "flex-message");
        node.append(flexContainer(msg.contents || {}, act));
        node.title = msg.altText || "";
        break;
      case "template":
        node = el("div", "template-message");
        node.append(template(msg, act));
        break;
      case "imagemap":
        node = el("div", "bubble text", `[imagemap] ${msg.altText || ""}`);
        break;
      default:
        node = unsupported(`message ${kind}`);
    }
    node.dataset.messageType = kind || "unknown";
    return node;
  }

  return { message, miniMap, actionLabel, unsupported };
})();
