import { errorCodes } from '../errorCodes';
import { userErrorCodes } from '../userErrors/userErrorCodes';
import { MESSAGE_LANGUAGES, messageLanguage } from './messageLanguage';
import { messages, renderMessage } from './messages';
import { placeholdersOf } from './render';

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
