/** What the reader's queue buttons do; the reader script supplies them (it knows the page and the background). */
export interface ReaderQueueActions {
  /** Adds the article on screen to the listening queue and says how that went. */
  add(): void;
  /** Opens the side panel (Chrome), or says where to open it from when the browser will not. */
  openPanel(): void;
}
