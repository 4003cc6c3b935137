/* Opening an item for translation: the translation dashboard links to
 * `<change page>?language=ru#id_title_ru`. Turn every language tab of the form
 * (modeltranslation's tabs, one per language) to that language and put the cursor in
 * the field. Without JavaScript the anchor alone scrolls to the field. */
"use strict";
(function () {
  function languageOf(element) {
    for (const name of element.classList) {
      const match = /^mt-field-.+-([a-z]{2}(?:_[a-z]+)?)$/.exec(name);
      if (match) {
        return match[1];
      }
    }
    return null;
  }

  function nameTheSwitch(select) {
    // modeltranslation's one switch for every tab has no accessible name: give it the
    // header's (translated) "Language" label.
    const label = document.querySelector('label[for="admin-language"]');
    if (select && !select.hasAttribute("aria-label")) {
      select.setAttribute("aria-label", label ? label.textContent.trim() : "Language");
    }
  }

  function open() {
    if (!document.body.classList.contains("change-form")) {
      return;
    }
    nameTheSwitch(document.getElementById("modeltranslation-main-switch"));
    const hash = decodeURIComponent(window.location.hash.slice(1));
    let target = hash ? document.getElementById(hash) : null;
    const language =
      new URLSearchParams(window.location.search).get("language") ||
      (target ? languageOf(target) : null);
    if (!language) {
      return;
    }
    const select = document.getElementById("modeltranslation-main-switch");
    if (select) {
      const option = Array.from(select.options).find(
        (candidate) => candidate.text === language.replace("_", "-")
      );
      if (option) {
        select.value = option.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
    }
    if (!target || target.disabled || target.readOnly) {
      target = Array.from(document.querySelectorAll("input.mt, textarea.mt, select.mt")).find(
        (element) => languageOf(element) === language && !element.disabled && !element.readOnly
      );
    }
    if (target) {
      target.focus();
    }
  }

  // After modeltranslation has built its tabs (its handler was registered first).
  if (window.django && window.django.jQuery) {
    window.django.jQuery(open);
  } else {
    window.addEventListener("load", open);
  }
})();
