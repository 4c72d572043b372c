import { render } from 'preact';
import { App, bootPopup } from './App';
import './style.css';

// Ask for the clip before rendering anything: the preview is what the user waits for.
const boot = bootPopup();
render(<App boot={boot} />, document.getElementById('app')!);
