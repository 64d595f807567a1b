// Content-script bootstrap: starts one PageSession, answers the popup, and contains every
// error so a failure of ours can never break the page.
import browser from '../shared/browser';
import { listen, thisExtension } from '../shared/listen';
import { contentRoutes } from '../shared/message-routes';
import { PageSession } from './page-session';

let session: PageSession | null = null;

/** After the extension is updated or removed, this script is orphaned: leave the page as it was. */
function contextInvalidated(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

function onError(err: unknown): void {
  if (contextInvalidated()) {
    session?.stop();
    session = null;
    return;
  }
  // Our errors stay ours: logged quietly, never thrown into the page.
  console.debug('[newslens]', err);
}

try {
  session = new PageSession(document, onError);
  listen(contentRoutes(session.handlers(), thisExtension()));
  session.start().catch(onError);
} catch (err) {
  onError(err);
}
