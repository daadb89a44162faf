// French typography: no-break spaces before « : ; ! ? » and inside « », so that a line never
// starts with a colon or a closing quote.
import { NARROW_NBSP, NBSP } from './money';

export function typographie(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]*([;!?])/g, (match, sign: string, offset: number) =>
      offset === 0 ? sign : `${NARROW_NBSP}${sign}`,
    )
    .replace(/(\S)[ \u00a0\u202f]*:(?!\/\/)/g, `$1${NBSP}:`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`);
}
