import { escapeAttribute as h } from '../protocol/toXml';
import { page } from './loginPage';

/**
 * The HTTP-POST binding: the browser carries the signed answer to the SP's consumer URL. The
 * inline script submits at once; without scripts the user presses the button.
 */
export function postBindingPage(acsUrl: string, samlResponseBase64: string, relayState: string): string {
  return page(
    'Signing in',
    `<form id="saml" method="post" action="${h(acsUrl)}">
<input type="hidden" name="SAMLResponse" value="${h(samlResponseBase64)}">
<input type="hidden" name="RelayState" value="${h(relayState)}">
<noscript><button type="submit">Continue</button></noscript>
</form>
<script>document.getElementById('saml').submit();</script>`,
  );
}
