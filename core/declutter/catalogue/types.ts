/**
 * The words one language uses for the clutter news sites put inside articles.
 * Rules combine these texts with structure (roles, class tokens, link density,
 * length), so a catalogue entry alone never removes a prose paragraph.
 *
 * Matching is on normalized text: NFKC, lower-cased, curly quotes made straight,
 * whitespace collapsed, and trailing `:`/`.`/`…`/`»`/`›` and spaces stripped.
 * Write entries in that normalized form (lower case, no trailing colon).
 */
export interface LabelCatalogue {
  /** BCP 47 primary language subtag, e.g. `en`. */
  lang: string;
  /** A line that is only an ad slot's label: "advertisement", "story continues below advertisement". */
  adLabels: readonly string[];
  /** Kicker before a link to another story: "read more", "related" (as in "READ MORE: …"). */
  promoKickers: readonly string[];
  /** Heading of a list of other stories: "related stories", "recommended for you", "trending now". */
  promoListHeadings: readonly string[];
  /** Video or audio promo kicker or prefix: "click to play video", "watch", "video", "listen". */
  videoKickers: readonly string[];
  /** A line or heading that labels paid content: "sponsored content", "paid post". */
  sponsoredLabels: readonly string[];
  /** Heading of the site's own pitch to advertisers at the foot of a post: "advertise with us", "collaborate with us". */
  advertisingPitchHeadings: readonly string[];
  /** Kicker before a paid link: "sponsored" (as in "Sponsored: …"). */
  sponsoredKickers: readonly string[];
  /** Start of a newsletter / subscription / app call to action, matched at the line's start. */
  newsletterPhrases: readonly string[];
  /** Words a share or follow bar is made of: "share", "facebook", "email", "copy link". */
  shareWords: readonly string[];
  /** Heading or line of a comment section: "comments", "join the conversation". */
  commentLabels: readonly string[];
  /** "report an error", "report a typo", "corrections policy", "submit a news tip". */
  errorReportLabels: readonly string[];
  /** Start of a site notice line: "a version of this article appears in print". */
  noticePhrases: readonly string[];
  /** Buttons under each comment: "reply", "report". */
  replyLabels: readonly string[];
  /** A line that is only a control or page furniture: "skip to content", "sign in", "enlarge image", "about the author". */
  interfaceLabels: readonly string[];
  /** Start of a photo credit: "photo", "image copyright", "credit" (as in "Photo: Jane Doe, AP"). */
  creditPrefixes: readonly string[];
  /** Start of a dateline repeated from the header: "posted on", "published", "updated", "by" (only with a date). */
  datelinePrefixes: readonly string[];
  /** Kicker of a tag or category line: "filed under", "tags", "topics". */
  tagKickers: readonly string[];
  /** A view or read counter's word: "views", "letture" (as in "2.289 letture", "Views: 1,204"). */
  viewCountWords: readonly string[];
  /** A button that only leads elsewhere: "learn more", "book now", "read more" (a whole line that is a link or button). */
  callToActionLabels: readonly string[];
  /** Start of a membership or donation promo box: "join", "become a member" (the box also holds a call-to-action button). */
  membershipPhrases: readonly string[];
  /** Words only a commerce disclosure uses, anywhere in its line: "may earn a commission", "affiliate links". */
  disclosurePhrases: readonly string[];
  /** Start of a comment-policy notice: "comments are moderated", "we welcome comments". */
  commentPolicyPhrases: readonly string[];
  /** Month names and their abbreviations, for the date lines under video promos. */
  months: readonly string[];
}
