import { errorCodes } from '../errorCodes';
import { userErrorCodes } from '../userErrors/userErrorCodes';
import { MESSAGE_LANGUAGES, messageLanguage } from './messageLanguage';
import { messages, renderMessage } from './messages';
import { placeholdersOf } from './render';
import { localizeError } from './localizeError';

const entries = Object.entries(messages);

describe('the message catalogue', () => {
  it('has the messages of every registered code, thrown or userError', () => {
    const codes = [...Object.keys(errorCodes), ...Object.keys(userErrorCodes)];
    expect(codes.filter((code) => !(code in messages))).toEqual([]);
  });

  it('holds messages of registered codes only (`CODE` or `CODE.case`)', () => {
    expect(entries.map(([key]) => key).filter((key) => !(key.split('.')[0] in errorCodes || key.split('.')[0] in userErrorCodes))).toEqual([]);
  });

  it.each(MESSAGE_LANGUAGES)('says every message in %s, translated, with the values the English one takes', (language) => {
    const faults = entries.flatMap(([key, text]) => {
      const message = text[language];
      if (!message || !message.trim()) return [`${key}: empty`];
      if (language !== 'en' && message === text.en) return [`${key}: not translated`];
      if (placeholdersOf(message).join() !== placeholdersOf(text.en).join()) return [`${key}: takes ${placeholdersOf(message)} where English takes ${placeholdersOf(text.en)}`];
      return [];
    });
    expect(faults).toEqual([]);
  });

  it('renders a message in the language Accept-Language asks for, English otherwise', () => {
    expect(renderMessage('SOLD_OUT', messageLanguage('de-CH,de;q=0.9'))).toBe('Für diese Auswahl sind nicht mehr genug Plätze frei.');
    expect(renderMessage('SOLD_OUT', messageLanguage('fr-FR'))).toBe('Il ne reste pas assez de places pour ce choix.');
    expect(renderMessage('SOLD_OUT', messageLanguage('ja'))).toBe('Not enough seats are left for this choice.');
    expect(renderMessage('SOLD_OUT', messageLanguage(undefined))).toBe('Not enough seats are left for this choice.');
  });

  it('renders a case of a code, and falls back to the code for an unknown case', () => {
    expect(renderMessage('QUANTITY_LIMIT.range', 'fr', { max: 50 })).toBe('Une quantité est comprise entre 1 et 50.');
    expect(renderMessage('SOLD_OUT.unheardOf', 'en')).toBe('Not enough seats are left for this choice.');
  });
});

describe('thrown errors in the caller\'s language', () => {
  it('take their values from the extensions, and keep what our own code said as detail', () => {
    expect(localizeError('BAD_USER_INPUT', 'first must be between 0 and 100', { code: 'BAD_USER_INPUT', argument: 'first', max: 100 }, 'fr')).toEqual({
      message: 'Un argument est mal formé ou hors limites : first, 100 au plus.',
      detail: 'first must be between 0 and 100',
    });
  });

  it("keep the GraphQL engine's own text in the message, where it is the point", () => {
    expect(localizeError('GRAPHQL_VALIDATION_FAILED', 'Cannot query field "x" on type "Query".', {}, 'de').message).toBe('Die Operation passt nicht zum Schema. Cannot query field "x" on type "Query".');
  });

  it('never pass on the text of a failure that is not ours', () => {
    expect(localizeError('UPSTREAM_UNAVAILABLE', 'request to http://10.0.0.1/graphql failed', {}, 'en')).toEqual({ message: 'This is not available right now; try again shortly.' });
  });
});
