import { placeholdersOf, renderTemplate } from './render';

describe('message templates', () => {
  it('fills values and keeps an optional part only when all its values are given', () => {
    const template = 'An argument is malformed[: {argument}][, at most {max}].';
    expect(renderTemplate(template, { argument: 'first', max: 100 })).toBe('An argument is malformed: first, at most 100.');
    expect(renderTemplate(template, { argument: 'first' })).toBe('An argument is malformed: first.');
    expect(renderTemplate(template)).toBe('An argument is malformed.');
  });

  it('lists the values a template takes', () => {
    expect(placeholdersOf('{b} and [{a}] and {b}')).toEqual(['a', 'b']);
  });
});
