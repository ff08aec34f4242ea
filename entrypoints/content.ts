import { ReportController } from '@/src/content/controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    void new ReportController(document, ctx).start();
  },
});
