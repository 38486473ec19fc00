export * from './states';
export * from './pin-ranges';
export * from './units';
export * from './gst-rates';
export * from './ports';
export * from './currencies';
export * from './countries';
