// What a target names: a URL, standard input, or a path (a directory is searched for pages).
import { statSync } from 'node:fs';

const URL_PATTERN = /^https?:\/\//i;

export const isUrl = (target: string): boolean => URL_PATTERN.test(target);

export function isDirectory(target: string): boolean {
  if (target === '-' || isUrl(target)) return false;
  try {
    return statSync(target).isDirectory();
  } catch {
    return false; // reading it says why
  }
}
