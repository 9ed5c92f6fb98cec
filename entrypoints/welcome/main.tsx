import { render } from 'preact';
import '@/components/styles/extension-page.css';
import { localizeDocument } from '@/components/i18n/translate';
import { WelcomeApp } from './WelcomeApp';

localizeDocument('welcomeTitle');
const root = document.getElementById('app');
if (root) render(<WelcomeApp />, root);
