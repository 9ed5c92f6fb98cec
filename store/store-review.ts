/**
 * The answers the stores' review forms ask for, in English (the language the reviewers read): the Chrome Web
 * Store's "Privacy practices" tab (single purpose, one justification per permission, remote code, data usage),
 * Edge Add-ons' the same, and AMO's data-collection declaration. Everything here must agree with PRIVACY.md and
 * with the manifests (store-listing.test.ts checks both).
 */

export const SINGLE_PURPOSE =
  'Lector shows the article on the current page in a clean reader view and reads it aloud with the browser\u2019s speech voices.';

/** One per permission any build asks for; a permission added to wxt.config.ts without one fails the test. */
export const PERMISSION_JUSTIFICATIONS: Readonly<Record<string, string>> = {
  activeTab:
    'Lector reads the page in the current tab only after the user clicks its toolbar button, presses its shortcut or chooses its context-menu item; activeTab grants access to that one tab at that moment, so Lector needs no host permission.',
  scripting:
    'To put the reader view (a script and its styles, shipped in the package) into the tab the user asked for, at that moment. Nothing is injected into any page by itself.',
  storage:
    'To keep the reader settings (theme, font, speed, voice), where the user stopped in each article, and the listening queue, in the browser\u2019s extension storage. Nothing leaves the browser.',
  contextMenus:
    'For the "Read page aloud", "Read aloud from here", "Add page to listening queue" and "Open listening queue" items in the page\u2019s context menu and on the toolbar button.',
  sidePanel:
    'Chrome and Edge only: shows the listening queue in the browser\u2019s side panel, so articles are read on while the user moves between tabs.',
};

/** Chrome Web Store: "Are you using remote code?" */
export const REMOTE_CODE = {
  uses: false,
  answer: 'No. Every script runs from the package; extension pages are limited to their own files by their Content Security Policy (script-src \u2019self\u2019).',
} as const;

/**
 * Chrome Web Store / Edge "Data usage": the categories Lector collects (none: it makes no network requests and
 * stores only in the browser) and the three certifications.
 */
export const DATA_USAGE = {
  collected: [] as readonly string[],
  certifications: [
    'I do not sell or transfer user data to third parties, outside of the approved use cases.',
    'I do not use or transfer user data for purposes that are unrelated to my item\u2019s single purpose.',
    'I do not use or transfer user data to determine creditworthiness or for lending purposes.',
  ],
} as const;

/** AMO: `browser_specific_settings.gecko.data_collection_permissions.required` in the Firefox manifest. */
export const AMO_DATA_COLLECTION = ['none'] as const;

/** The privacy policy each store links to: the repository's PRIVACY.md, published with each release. */
export const PRIVACY_POLICY_FILE = 'PRIVACY.md';

