import { useShop } from '../ShopContext';

/** SecuTix's indicator as its shop shows it: 1 green, 2 orange, 3 red. */
const COLOURS: Record<number, { colour: string; label: 'available' | 'fewLeft' | 'soldOut' }> = {
  1: { colour: 'green', label: 'available' },
  2: { colour: 'orange', label: 'fewLeft' },
  3: { colour: 'red', label: 'soldOut' },
};

export function AvailabilityBadge({ availability }: { availability?: { code: number } | null }) {
  const { texts } = useShop();
  const shown = availability && COLOURS[availability.code];
  if (!shown) return null;
  return (
    <span className={`availability ${shown.colour}`} data-testid="availability" data-code={availability.code} style={{ background: shown.colour }}>
      {texts[shown.label]}
    </span>
  );
}

/** "Book" only when on sale and not sold out, as SecuTix asks of websites. */
export function bookable(item: { state: string; availability?: { code: number } | null }): boolean {
  return item.state === 'ON_SALE' && Boolean(item.availability) && item.availability!.code !== 3;
}
