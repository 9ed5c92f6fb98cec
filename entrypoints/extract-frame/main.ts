/**
 * The extraction frame: a hidden extension page the reader puts in the page
 * while it reads it. Readability, DOMPurify and the declutter rules live here,
 * in the extension's own process, instead of being injected into every page
 * the reader opens on. It answers one request, the one carrying the token in
 * its own address, on the port that request brought.
 */
import { extractFromMarkup } from '@/core/extract-markup';
import { answerRequests } from './answer-requests';

window.addEventListener('message', answerRequests(location.hash.slice(1), (page) => extractFromMarkup(page, window)));
