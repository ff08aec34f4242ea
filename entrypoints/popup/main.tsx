import { render } from 'preact';
import { App } from '@/src/popup/App';
import '@/src/ui/base.css';
import './style.css';

render(<App />, document.getElementById('app')!);
