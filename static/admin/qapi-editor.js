/*
 * Qapı's editor: one language at a time, with what each language lacks in view.
 *
 * Replaces wagtail-modeltranslation's language toggles (core.modeltranslation_fixes):
 * a bar above the form names each language with a badge (filled, incomplete n/m,
 * not translated, errors); one click shows that language's fields, "All languages"
 * shows every one; after a validation error the languages with errors are shown.
 * Also "Copy content from" buttons on translated StreamFields (replacing the library's):
 * labelled in the editor's language, and a confirmation before a field that holds
 * something is overwritten. Configuration and text come from core.wagtail_hooks
 * (<script id="qapi-editor-config" type="application/json">). No build step.
 */
(() => {
  "use strict";

  const configElement = document.getElementById("qapi-editor-config");
  if (!configElement) return;
  const config = JSON.parse(configElement.textContent);
  const LANGS = config.languages.map((language) => language.code);
  const NAMES = Object.fromEntries(config.languages.map((l) => [l.code, l.name]));
  const IN_LANGUAGE = Object.fromEntries(config.languages.map((l) => [l.code, l.in_language]));
  const T = config.strings;
  const STORAGE_KEY = "qapi-editor-languages";
  const SUFFIX = new RegExp(`^(.+)_(${LANGS.join("|")})$`);

  const format = (text, values) => text.replace(/%\((\w+)\)s/g, (_m, key) => values[key] ?? "");

  const onReady = (callback) => {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", callback);
    else callback();
  };

  /* --- translated fields ------------------------------------------------------ */

  /** {base: {lang: element with data-contentpath}} for fields present in every language. */
  function translatedFields(form) {
    const found = {};
    form.querySelectorAll("[data-contentpath]").forEach((element) => {
      const match = SUFFIX.exec(element.dataset.contentpath);
      if (!match) return;
      const [, base, lang] = match;
      (found[base] ||= {})[lang] = element;
    });
    return Object.fromEntries(
      Object.entries(found).filter(([, byLang]) => LANGS.every((lang) => byLang[lang])),
    );
  }

  /** The element to hide with a field: its own panel, or its row in a multi-field panel. */
  function containerOf(element) {
    return element.closest(".w-panel__wrapper, section.w-panel") || element;
  }

  function streamBlockCount(form, name) {
    const pattern = new RegExp(`^${name}-\\d+-deleted$`);
    return [...form.querySelectorAll(`input[name^="${name}-"][name$="-deleted"]`)].filter(
      (input) => pattern.test(input.name) && input.value !== "1",
    ).length;
  }

  function isFilled(form, name) {
    if (form.querySelector(`input[name="${name}-count"]`)) return streamBlockCount(form, name) > 0;
    const inputs = [...form.querySelectorAll(`[name="${name}"]`)];
    return inputs.some((input) => {
      if (input.hasAttribute("data-draftail-input")) {
        try {
          const state = JSON.parse(input.value || "null");
          return Boolean(state && state.blocks.some((block) => block.text.trim()));
        } catch {
          return Boolean(input.value.trim());
        }
      }
      if (input.type === "checkbox" || input.type === "radio") return input.checked;
      return Boolean((input.value || "").trim());
    });
  }

  function errorCount(container) {
    return container.querySelectorAll(".error-message, .help-critical").length;
  }

  /* --- the language bar --------------------------------------------------------- */

  function buildBar() {
    const bar = document.createElement("div");
    bar.className = "qapi-languages w-form-width";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", T.bar_label);

    const label = document.createElement("span");
    label.className = "qapi-languages__label";
    label.textContent = T.bar_label;
    label.setAttribute("aria-hidden", "true");
    bar.append(label);

    const buttons = {};
    LANGS.forEach((lang) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "qapi-language";
      button.dataset.language = lang;
      button.innerHTML =
        '<span class="qapi-language__code"></span>' +
        '<span class="qapi-language__name"></span>' +
        '<span class="qapi-language__status"></span>' +
        '<span class="qapi-language__errors" hidden></span>';
      button.querySelector(".qapi-language__code").textContent = lang.toUpperCase();
      button.querySelector(".qapi-language__name").textContent = NAMES[lang];
      bar.append(button);
      buttons[lang] = button;
    });

    const all = document.createElement("button");
    all.type = "button";
    all.className = "qapi-language qapi-language--all";
    all.dataset.language = "all";
    all.textContent = T.all;
    bar.append(all);
    buttons.all = all;
    return { bar, buttons };
  }

  function initLanguages(form) {
    const fields = translatedFields(form);
    const bases = Object.keys(fields);
    if (!bases.length) return;

    const containers = Object.fromEntries(LANGS.map((lang) => [lang, []]));
    bases.forEach((base) =>
      LANGS.forEach((lang) => {
        const container = containerOf(fields[base][lang]);
        container.dataset.qapiLanguage = lang;
        if (!containers[lang].includes(container)) containers[lang].push(container);
      }),
    );

    const { bar, buttons } = buildBar();
    const anchor = form.querySelector(".tab-content") || form.querySelector(".w-tabs") || form;
    anchor.prepend(bar);
    form.dataset.qapiLanguages = "ready";

    const errors = Object.fromEntries(
      LANGS.map((lang) => [lang, containers[lang].reduce((n, c) => n + errorCount(c), 0)]),
    );
    const withErrors = LANGS.filter((lang) => errors[lang] > 0);

    let visible;
    if (withErrors.length) {
      visible = withErrors; // nothing with an error stays out of view
    } else {
      try {
        visible = JSON.parse(sessionStorage.getItem(STORAGE_KEY) || "null");
      } catch {
        visible = null;
      }
      if (!Array.isArray(visible) || !visible.length || !visible.every((l) => LANGS.includes(l))) {
        visible = [config.default_language];
      }
    }

    function show(languages) {
      visible = languages;
      LANGS.forEach((lang) => {
        const shown = visible.includes(lang);
        containers[lang].forEach((container) => container.classList.toggle("qapi-hidden", !shown));
        document.body.classList.toggle(`qapi-hide-${lang}`, !shown);
        buttons[lang].setAttribute("aria-pressed", String(shown && visible.length === 1));
        buttons[lang].classList.toggle("qapi-language--shown", shown);
      });
      buttons.all.setAttribute("aria-pressed", String(visible.length === LANGS.length));
      form.dataset.qapiVisible = visible.join(" ");
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(visible));
      } catch {
        /* private mode: nothing to remember */
      }
    }

    function updateBadges() {
      const reference = bases.filter((base) => base !== "slug" && isFilled(form, `${base}_${config.default_language}`));
      LANGS.forEach((lang) => {
        const button = buttons[lang];
        const status = button.querySelector(".qapi-language__status");
        const errorBadge = button.querySelector(".qapi-language__errors");
        const titled = !bases.includes(config.title_field) || isFilled(form, `${config.title_field}_${lang}`);
        const filled = reference.filter((base) => isFilled(form, `${base}_${lang}`)).length;
        let state;
        let text;
        if (!titled) {
          state = "missing";
          text = lang === config.default_language ? T.empty : T.missing; // the source is empty, not untranslated
        } else if (filled < reference.length) {
          state = "incomplete";
          text = `${T.incomplete} ${filled}/${reference.length}`;
        } else {
          state = "filled";
          text = T.filled;
        }
        button.dataset.state = state;
        status.textContent = text;
        const count = containers[lang].reduce((n, c) => n + errorCount(c), 0);
        errorBadge.hidden = count === 0;
        errorBadge.textContent = count ? `${T.errors}: ${count}` : "";
        button.dataset.errors = String(count);
        button.title = format(T.button_title, { language: NAMES[lang], filled, total: reference.length });
      });
    }

    LANGS.forEach((lang) => buttons[lang].addEventListener("click", () => show([lang])));
    buttons.all.addEventListener("click", () => show(visible.length === LANGS.length ? [config.default_language] : [...LANGS]));

    let timer;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(updateBadges, 150);
    };
    ["input", "change", "click", "keyup"].forEach((type) => form.addEventListener(type, later));

    show(visible);
    updateBadges();
    addCopyButtons(form, fields);
  }

  /* --- "Copy content from" --------------------------------------------------------- */

  /**
   * Buttons in the header of each translated StreamField ("Copy content from: EN RU"),
   * replacing wagtail-modeltranslation's copy_stream_fields.js; they post to the
   * library's view (<edit URL>copy_translation_content/), which renders the source's
   * blocks under the target's name. A field that holds something is replaced only
   * after the editor confirms.
   */
  function addCopyButtons(form, fields) {
    const action = new URL(form.action, window.location.href);
    // The library's view lives under the edit view: nothing to copy with before the page exists.
    if (!/\/pages\/\d+\/edit\/$/.test(action.pathname)) return;
    const url = new URL("copy_translation_content/", action);
    Object.keys(fields)
      .filter((base) => form.querySelector(`input[name="${base}_${LANGS[0]}-count"]`))
      .forEach((base) =>
        LANGS.forEach((lang) => {
          const section = fields[base][lang].closest("section.w-panel");
          const header = section && section.querySelector(":scope > .w-panel__header");
          if (!header) return;
          const wrapper = document.createElement("div");
          wrapper.className = "translation-field-copy-wrapper qapi-copy";
          wrapper.append(`${T.copy_from}: `);
          LANGS.filter((other) => other !== lang).forEach((other) => {
            const button = document.createElement("button");
            button.type = "button";
            button.className = "button button-small button-secondary translation-field-copy";
            button.dataset.source = `${base}_${other}`;
            button.dataset.target = `${base}_${lang}`;
            button.textContent = other.toUpperCase();
            button.title = format(T.copy_title, { in_language: IN_LANGUAGE[other] });
            button.setAttribute("aria-label", button.title);
            button.addEventListener("click", () => copyField(form, url, button, section, other));
            wrapper.append(button);
          });
          header.append(wrapper);
        }),
      );
  }

  async function copyField(form, url, button, section, sourceLang) {
    const { source, target } = button.dataset;
    if (isFilled(form, target)) {
      const label = section.querySelector("[data-panel-heading-text]");
      const question = format(T.copy_confirm, {
        field: label ? label.textContent.trim() : target,
        in_language: IN_LANGUAGE[sourceLang],
      });
      if (!window.confirm(question)) return;
    }
    const serialized = [...new FormData(form).entries()]
      .filter(([name, value]) => name.startsWith(`${source}-`) && typeof value === "string")
      .map(([name, value]) => ({ name, value }));
    const body = new URLSearchParams({
      origin_field_name: source,
      target_field_name: target,
      serializedOriginField: JSON.stringify(serialized),
    });
    const token = form.querySelector("input[name=csrfmiddlewaretoken]");
    const response = await fetch(url, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { "X-Requested-With": "XMLHttpRequest", "X-CSRFToken": token ? token.value : "" },
    });
    if (!response.ok) return;
    const html = await response.json();
    const input = form.querySelector(`[name="${target}-count"]`).closest(".w-field__input");
    if (window.jQuery) window.jQuery(input).html(html); // runs the widget's scripts, as the library did
    else input.innerHTML = html;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  onReady(() => {
    const form = document.querySelector("form[data-edit-form]");
    if (!form || form.dataset.qapiLanguages) return;
    initLanguages(form);
  });
})();
