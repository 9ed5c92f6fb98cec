/** The extension's English strings for component tests: the CLI's lookup (cli/english-messages.ts), one source. */
export { englishMessages as english } from '../../../cli/english-messages';
