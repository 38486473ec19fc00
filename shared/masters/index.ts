export * from './states';
export * from './pin-ranges';
export * from './units';
export * from './gst-rates';
