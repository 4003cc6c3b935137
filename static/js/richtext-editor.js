// The portal's rich-text editor in the admin (django-prose-editor, ProseMirror/Tiptap).
//
// The server decides which extensions are on (barents_portal/richtext.py, FEATURES: the same
// definition gives the sanitiser its allow-list); this module supplies the ones the package
// lacks — the fact box, a link dialog that lists the portal's items, the refusal of images —
// and gives the toolbar titles in the admin's language (Django's JavaScript catalog).
import {
  Blockquote,
  Bold,
  BulletList,
  Document,
  Dropcursor,
  Editor,
  Extension,
  Gapcursor,
  HardBreak,
  Heading,
  History,
  Italic,
  Link,
  ListItem,
  Menu,
  Node,
  OrderedList,
  Paragraph,
  Plugin,
  Text,
  initializeEditors,
} from "django-prose-editor/editor"

const gettext = window.gettext || ((text) => text)
const interpolate = window.interpolate || ((text) => text)
const ATTRIBUTE = "data-django-prose-editor-barents"

const element = (tagName, properties = {}, children = []) => {
  const node = document.createElement(tagName)
  for (const [name, value] of Object.entries(properties)) {
    if (/^(data-|aria-|role$|for$)/.test(name)) node.setAttribute(name, value)
    else node[name] = value
  }
  node.append(...children)
  return node
}

// A notice under the toolbar, read out by screen readers.
const notify = (editor, message) => {
  const wrapper = editor.options.element
  let notice = wrapper.querySelector(".richtext-notice")
  if (!notice) {
    notice = element("p", { className: "richtext-notice", role: "alert" })
    editor.view.dom.before(notice)
  }
  notice.textContent = message
}

const clearNotice = (editor) => {
  editor.options.element.querySelector(".richtext-notice")?.remove()
}

// The fact box: <aside class="fact-box"> with a heading, then paragraphs or lists.
const FactBox = Node.create({
  name: "factBox",
  group: "block",
  content: "heading (paragraph | bulletList | orderedList)*",
  defining: true,

  parseHTML() {
    return [{ tag: "aside.fact-box" }]
  },

  renderHTML() {
    return ["aside", { class: "fact-box" }, 0]
  },

  addCommands() {
    return {
      // Inside a fact box: take its contents out of the box. Elsewhere: put the selected
      // paragraphs and lists in a box, starting with a heading (an empty one to write in
      // unless the selection starts with a heading).
      toggleFactBox:
        () =>
        ({ state, tr, dispatch, commands }) => {
          const { $from, $to } = state.selection
          for (let depth = $from.depth; depth > 0; depth--) {
            const node = $from.node(depth)
            if (node.type.name === this.name) {
              if (dispatch) tr.replaceWith($from.before(depth), $from.after(depth), node.content)
              return true
            }
          }
          const range = $from.blockRange($to)
          if (!range || range.depth !== 0) return false
          const blocks = []
          for (let index = range.startIndex; index < range.endIndex; index++) {
            blocks.push(range.parent.child(index))
          }
          const startsWithHeading = blocks[0].type.name === "heading"
          const content = startsWithHeading
            ? blocks
            : [state.schema.nodes.heading.create({ level: 2 }), ...blocks]
          let box
          try {
            box = this.type.createChecked(null, content)
          } catch {
            return false
          }
          if (dispatch) {
            tr.replaceWith(range.start, range.end, box)
            if (!startsWithHeading) commands.setTextSelection(range.start + 2)
          }
          return true
        },
    }
  },

  addMenuItems({ menu, buttons }) {
    menu.defineItem({
      name: "factBox",
      groups: "nodes",
      button: buttons.material("info", gettext("Fact box")),
      command(editor) {
        editor.chain().focus().toggleFactBox().run()
      },
      active(editor) {
        return editor.isActive("factBox")
      },
      enabled(editor) {
        return editor.can().toggleFactBox()
      },
    })
  },
})

// The link dialog: an address typed in, or an item of the portal chosen from a list
// (its address in the language of the field being edited).
const linkDialog = (editor, attrs, { linksUrl, language }) =>
  new Promise((resolve) => {
    const id = `richtext-link-${Math.random().toString(36).slice(2)}`
    const href = element("input", { id: `${id}-href`, type: "text", value: attrs.href || "" })
    const title = element("input", { id: `${id}-title`, type: "text", value: attrs.title || "" })
    const search = element("input", {
      id: `${id}-search`,
      type: "search",
      autocomplete: "off",
      "aria-controls": `${id}-results`,
    })
    const results = element("ul", {
      id: `${id}-results`,
      className: "richtext-link-results",
      "aria-live": "polite",
    })
    const save = element("button", { type: "button", className: "default" }, [
      gettext("Save link"),
    ])
    const cancel = element("button", { type: "button" }, [gettext("Cancel")])
    const dialog = element("dialog", { className: "richtext-link-dialog", "aria-labelledby": `${id}-heading` }, [
      element("h2", { id: `${id}-heading` }, [gettext("Link")]),
      element("p", {}, [
        element("label", { for: href.id }, [gettext("Address")]),
        element("span", { className: "help" }, [
          gettext("A web address such as https://…, or choose an item of the portal below."),
        ]),
        href,
      ]),
      element("p", {}, [element("label", { for: title.id }, [gettext("Title (optional)")]), title]),
      element("p", {}, [
        element("label", { for: search.id }, [gettext("Find an item of the portal")]),
        search,
      ]),
      results,
      element("div", { className: "richtext-link-buttons" }, [save, cancel]),
    ])

    // Settled at once (not on the dialog's "close" event, which comes a task later), so
    // the editor has the focus back before the next key press.
    const close = (value) => {
      dialog.close()
      dialog.remove()
      resolve(value)
    }
    dialog.addEventListener("close", () => close(null))  // Escape
    cancel.addEventListener("click", () => close(null))
    const submit = () => {
      const value = href.value.trim()
      if (!value) {
        href.focus()
        return
      }
      close({ href: value, title: title.value.trim() || null })
    }
    save.addEventListener("click", submit)
    for (const input of [href, title]) {
      input.addEventListener("keydown", (event) => {
        if (event.key === "Enter") {
          event.preventDefault()
          submit()
        }
      })
    }

    let pending = null
    const load = async () => {
      const url = new URL(linksUrl, window.location.href)
      url.searchParams.set("q", search.value.trim())
      url.searchParams.set("lang", language)
      const response = await fetch(url, { credentials: "same-origin" })
      const data = response.ok ? await response.json() : { results: [] }
      results.replaceChildren(
        ...data.results.map((item) => {
          const choose = element("button", { type: "button", className: "richtext-link-item" }, [
            element("span", { className: "richtext-link-kind" }, [item.kind]),
            " ",
            item.title,
          ])
          choose.dataset.url = item.url
          choose.addEventListener("click", () => {
            href.value = item.url
            href.focus()
          })
          return element("li", {}, [choose])
        }),
      )
      if (!data.results.length) {
        results.append(element("li", { className: "help" }, [gettext("Nothing found.")]))
      }
    }
    search.addEventListener("input", () => {
      clearTimeout(pending)
      pending = setTimeout(load, 250)
    })
    search.addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault()
        clearTimeout(pending)
        load()
      }
    })

    editor.options.element.append(dialog)
    dialog.showModal()
    href.focus()
    load()
  })

// The package's link, with two attributes only (address and title: what the sanitiser
// keeps) and the dialog above. Ctrl/Cmd+K opens it too.
const PortalLink = Link.extend({
  addOptions() {
    return {
      ...this.parent?.(),
      enableTarget: false,
      linksUrl: null,
      language: document.documentElement.lang,
    }
  },

  addAttributes() {
    const { href } = this.parent?.() ?? {}
    return {
      href,
      title: { default: null, parseHTML: (node) => node.getAttribute("title") },
    }
  },

  addCommands() {
    return {
      ...this.parent?.(),
      addLink:
        () =>
        ({ editor }) => {
          if (editor.state.selection.empty && !editor.isActive(this.name)) {
            notify(editor, gettext("Select the words that should become the link first."))
            return false
          }
          linkDialog(editor, editor.getAttributes(this.name), this.options).then((attrs) => {
            const chain = editor.chain().focus()
            if (!attrs) return chain.run()
            if (editor.isActive(this.name)) {
              chain.extendMarkRange(this.name).updateAttributes(this.name, attrs)
            } else {
              chain.setMark(this.name, attrs)
            }
            // The cursor goes after the link: what is typed next is not part of it.
            return chain.command(({ tr }) => {
              tr.setSelection(tr.selection.constructor.near(tr.doc.resolve(tr.selection.to)))
              return true
            }).run()
          })
          return true
        },
    }
  },
})

const hasImage = (transfer) => {
  if (!transfer) return false
  for (const item of transfer.items || []) {
    if (item.kind === "file" && item.type.startsWith("image/")) return true
  }
  return /<(img|picture|svg)\b/i.test(transfer.getData("text/html") || "")
}

// Images are not part of the text: a pasted or dropped image is refused with a notice
// rather than silently left out.
const NoImages = Extension.create({
  name: "noImages",

  addProseMirrorPlugins() {
    const editor = this.editor
    const refuse = (event, transfer) => {
      if (!hasImage(transfer)) return false
      event.preventDefault()
      notify(
        editor,
        gettext(
          "Not pasted: it holds an image, and images cannot be part of the text. Use the image field, or copy the text without the image.",
        ),
      )
      return true
    }
    return [
      new Plugin({
        props: {
          handlePaste: (_view, event) => refuse(event, event.clipboardData),
          handleDrop: (_view, event) => refuse(event, event.dataTransfer),
        },
      }),
    ]
  },

  onUpdate() {
    clearNotice(this.editor)
  },
})

// The package's numbered list writes its list-type attributes (data-type="decimal") even
// with its list dialog off; ours is a plain <ol>, with `start` only.
const PlainOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: {
        default: 1,
        parseHTML: (node) => Number.parseInt(node.getAttribute("start") || "1", 10) || 1,
      },
    }
  },
  addNodeView: null,
})

const EXTENSIONS = {
  Blockquote,
  Bold,
  BulletList,
  Document,
  Dropcursor,
  FactBox,
  Gapcursor,
  HardBreak,
  Heading,
  History,
  Italic,
  ListItem,
  Menu,
  NoImages,
  OrderedList: PlainOrderedList,
  Paragraph,
  PortalLink,
  Text,
}

const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? "⌘" : "Ctrl"
// The toolbar's buttons by name: title (with its keyboard shortcut) in the admin's language.
const BUTTONS = {
  heading2: [gettext("Heading"), `${mod}+Alt+2`],
  heading3: [gettext("Subheading"), `${mod}+Alt+3`],
  paragraph: [gettext("Paragraph"), `${mod}+Alt+0`],
  bulletList: [gettext("Bulleted list"), `${mod}+Shift+8`],
  orderedList: [gettext("Numbered list"), `${mod}+Shift+7`],
  blockquote: [gettext("Quote"), `${mod}+Shift+B`],
  factBox: [gettext("Fact box"), ""],
  bold: [gettext("Bold"), `${mod}+B`],
  italic: [gettext("Italic"), `${mod}+I`],
  link: [gettext("Link"), `${mod}+K`],
  unlink: [gettext("Remove link"), ""],
  "history:undo": [gettext("Undo"), `${mod}+Z`],
  "history:redo": [gettext("Redo"), `${mod}+Shift+Z`],
}

const labelToolbar = (editor, fieldLabel) => {
  const toolbar = editor.storage.menu?.dom
  if (!toolbar) return
  toolbar.setAttribute("role", "group")
  toolbar.setAttribute(
    "aria-label",
    interpolate(gettext("Formatting: %(field)s"), { field: fieldLabel }, true),
  )
  const buttons = toolbar.querySelectorAll("button[data-name]")
  for (const button of buttons) {
    const [label, shortcut] = BUTTONS[button.dataset.name] || []
    if (!label) continue
    button.title = shortcut ? `${label} (${shortcut})` : label
    button.setAttribute("aria-label", label)
  }
  // Screen readers hear which formats are on where the cursor is.
  const pressed = () => {
    for (const button of buttons) {
      if (button.dataset.name !== "unlink") {
        button.setAttribute("aria-pressed", button.classList.contains("active") ? "true" : "false")
      }
    }
  }
  editor.on("transaction", pressed)
  pressed()
}

const languageOf = (textarea, languages) => {
  const match = textarea.name.match(/_([a-z]{2,3}(?:[-_][a-z]+)?)$/i)
  return match && languages.includes(match[1]) ? match[1] : document.documentElement.lang
}

// Like the package's createTextareaEditor, without Tiptap's inline <style> (the admin's CSP
// allows style sheets from our static files only: its rules are in richtext-editor.css).
const createTextareaEditor = (textarea, extensions) => {
  const wrapper = element("div", { className: "prose-editor" })
  textarea.before(wrapper)
  wrapper.append(textarea)
  return new Editor({
    element: wrapper,
    editable: !textarea.disabled,
    extensions,
    content: textarea.value,
    injectCSS: false,
    onUpdate({ editor }) {
      // An empty editor holds one empty paragraph: store an empty field instead.
      const html = editor.getHTML()
      textarea.value = /^<(\w+)><\/\1>$/.test(html) ? "" : html
      textarea.dispatchEvent(new Event("input", { bubbles: true }))
    },
  })
}

function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) return null
  const config = JSON.parse(textarea.getAttribute(ATTRIBUTE) || "{}")
  const language = languageOf(textarea, config.languages || [])
  const extensions = Object.entries(config.extensions || {}).map(([name, options]) => {
    const extension = EXTENSIONS[name]
    if (!extension) throw new Error(`richtext-editor: no extension ${name}`)
    if (name === "PortalLink") {
      options = { ...(typeof options === "object" ? options : {}), linksUrl: config.links, language }
    }
    return typeof options === "object" ? extension.configure(options) : extension
  })
  const editor = createTextareaEditor(textarea, extensions)
  const label = document.querySelector(`label[for="${textarea.id}"]`)
  const fieldLabel = label ? label.textContent.replace(/:$/, "").trim() : textarea.name
  const content = editor.view.dom
  content.setAttribute("lang", language)
  content.setAttribute("aria-label", fieldLabel)
  content.setAttribute("aria-multiline", "true")
  // Tiptap builds the toolbar when it emits "create", just after this.
  editor.on("create", () => {
    labelToolbar(editor, fieldLabel)
    textarea.dispatchEvent(
      new CustomEvent("prose-editor:ready", { detail: { editor, textarea }, bubbles: true }),
    )
  })
  return editor
}

initializeEditors(createEditor, `[${ATTRIBUTE}]`)
