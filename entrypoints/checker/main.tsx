// The checker page: pdf.js with its worker as a file packaged with the extension (MV3 allows no remote code and
// no blob: worker), and the browser's own HTML parser for Word documents.
import { render } from 'preact';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { CheckerApp } from '@/src/checker/App';
import '@/src/ui/base.css';
import '../popup/style.css';
import './style.css';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

render(<CheckerApp env={{ pdfjs, parseHtml }} />, document.getElementById('app')!);
