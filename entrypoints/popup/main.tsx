import { render } from 'preact';

render(<p>News Clipper</p>, document.getElementById('app')!);
