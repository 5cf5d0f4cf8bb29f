export { ensureShopBuilt, SHOP_DIST } from './buildShop';
export { readShopConfig, type ShopServerConfig } from './config';
export { serveShop, type ServedShop } from './serveShop';
