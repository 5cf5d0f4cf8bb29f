// The control API's client belongs to the simulator's public face; the test helpers hand it on.
export { SimControl } from '@stx/secutix-sim';
