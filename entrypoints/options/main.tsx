import { render } from 'preact';
import { OptionsApp } from '@/src/options/OptionsApp';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
