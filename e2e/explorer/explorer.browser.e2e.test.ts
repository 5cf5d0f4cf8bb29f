import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startStack, type Stack } from '@stx/testing';

/**
 * The explorer analysts open at GET /graphql (GraphiQL, everything inlined): in Chromium it loads
 * without an error and from nowhere else, its Docs pane lists Query's fields, its editor completes
 * from the schema (standard introspection, answered under the operation limits), and it runs the
 * default query against the real subgraphs.
 */
describe('the offline explorer in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const elsewhere: string[] = [];
  let introspection: { status: number; body: string };

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    const origin = new URL(stack.gatewayUrl).origin;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
    });
    const introspected = page.waitForResponse((response) => response.request().method() === 'POST' && !!response.request().postData()?.includes('__schema'));
    await page.goto(stack.gatewayUrl);
    const response = await introspected;
    introspection = { status: response.status(), body: await response.text() };
    await page.getByLabel('Show Documentation Explorer').waitFor();
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stack?.close();
  });

  /** the editor emptied, then typed into as a person would */
  async function typeInEditor(text: string): Promise<void> {
    await page.locator('.graphiql-query-editor .monaco-editor').first().click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(text);
  }

  /** the completion list the editor offers at the cursor */
  async function suggestions(): Promise<string[]> {
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor();
    return (await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''))).map((label) => label.split(/[\s,]/)[0]);
  }

  it('loads its schema by introspection with no error, and nothing from elsewhere', async () => {
    expect(introspection.status).toBe(200);
    expect(JSON.parse(introspection.body).errors).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(await page.locator('.graphiql-response').innerText()).toBe('');
  });

  it("lists Query's fields in the Docs pane", async () => {
    await page.getByLabel('Show Documentation Explorer').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    await docs.locator('a', { hasText: /^Query$/ }).first().click();
    const fields = await docs.locator('.graphiql-doc-explorer-field-name').allInnerTexts();
    expect(fields).toEqual(expect.arrayContaining(['products', 'product', 'performance', 'pointOfSale', 'seasons', 'topics', 'me', 'visitor']));
  });

  it('completes fields from the schema as the operation is typed', async () => {
    await typeInEditor('{ prod');
    expect(await suggestions()).toEqual(expect.arrayContaining(['products', 'product']));
    await page.keyboard.press('Escape');
    await typeInEditor('{ products { edges { node { avail');
    expect(await suggestions()).toContain('availability');
    await page.keyboard.press('Escape');
  });

  it('runs an operation against the subgraphs and shows the answer', async () => {
    await typeInEditor('{ products(first: 2) { totalCount edges { node { id name } } } }');
    await page.getByLabel(/Execute query/).click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('"totalCount"'), undefined, { timeout: 10_000 });
    const answer = await page.locator('.graphiql-response').innerText();
    // Monaco renders spaces as its own characters
    expect(answer).toMatch(/"totalCount":\D{1,3}\d+/);
    expect(answer).not.toContain('"errors"');
    expect(pageErrors).toEqual([]);
  });
});
