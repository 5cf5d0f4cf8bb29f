import type { RecordType } from '../typeSpec';

/** Every result object carries these three; `requestId` is an Integer on every reference page (docs/secutix/contract.md, "Status"). */
export const STATUS = { statusCode: 'string', statusDetail: 'string?', requestId: 'int?' } as const;

export const commonTypes = {
  WebMethodResult: { ...STATUS },
  Translated: { translations: 'Translation[]' },
  Translation: { locale: 'string', value: 'string' },
  /** SecuTix's currency object: amounts are integers in thousandths, `minAmount` the smallest coin */
  CurrencyCash: { currencyCode: 'string', fractionDigit: 'int', minAmount: 'long', symbol: 'string' },
  KeyValue: { key: 'string', value: 'string' },
  PaginationParameter: { startPosition: 'int?', maxResult: 'int?' },
} satisfies Record<string, RecordType>;
