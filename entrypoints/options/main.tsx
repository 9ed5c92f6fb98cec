import { render } from 'preact';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@/components/styles/extension-page.css';
import './options.css';
import { localizeDocument } from '@/components/i18n/translate';
import { OptionsApp } from './OptionsApp';

localizeDocument('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
