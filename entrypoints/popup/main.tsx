import { render } from 'preact';
import { App } from '@/src/popup/App';
import './style.css';

render(<App />, document.getElementById('app')!);
