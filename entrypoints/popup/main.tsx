import { render } from 'preact';
import { bootPopup } from './boot';
import './style.css';

// Ask for the clip first; the UI code loads while the background works.
const boot = bootPopup();
void import('./App').then(({ App }) => render(<App boot={boot} />, document.getElementById('app')!));
