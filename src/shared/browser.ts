// The one place that imports the polyfill: every part uses this promise-based `browser`.
import browser from 'webextension-polyfill';

export default browser;
