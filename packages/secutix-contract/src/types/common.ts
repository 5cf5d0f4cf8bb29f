import type { RecordType } from '../typeSpec';

/** Every result object carries these three; `requestId` is an Integer on every reference page (docs/secutix/contract.md, "Status"). */
export const STATUS = { statusCode: 'string', statusDetail: 'string?', requestId: 'int?' } as const;

export const commonTypes = {
  WebMethodResult: { ...STATUS },
  Translated: { translations: 'Translation[]' },
  Translation: { locale: 'string', value: 'string' },
  /**
   * SecuTix's currency object [R: ExternalOrderService v1_27/v1_33]: amounts are integers in thousandths, `minAmount` the smallest
   * coin; `availableCash` the coins and notes a cash desk handles (empty: no cash on the web)
   */
  CurrencyCash: { availableCash: 'Cash[]', currencyCode: 'string', fractionDigit: 'int', minAmount: 'int', symbol: 'string' },
  /** [R] `unitAmoung` is the reference's spelling; `type` COIN, COINS_ROLL, NOTE or NOTES_BUNDLE */
  Cash: { quantity: 'int', type: 'string', unitAmoung: 'int' },
  KeyValue: { key: 'string', value: 'string' },
  PaginationParameter: { startPosition: 'int?', maxResult: 'int?' },
} satisfies Record<string, RecordType>;
