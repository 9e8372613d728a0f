/*
 * Intl's formatters, made once per language and options. Making one costs far more than using it
 * (its locale's data is looked up each time): the vote button of every card, every date of a page
 * and every number of its stats asked for a new one on each render.
 */

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function keyOf(locale: string | undefined, options: object | undefined): string {
  return `${locale ?? ''}|${options ? JSON.stringify(options) : ''}`;
}

/** `new Intl.DateTimeFormat(locale, options)`, made once for the same language and options. */
export function dateTimeFormat(locale?: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = keyOf(locale, options);
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** `new Intl.NumberFormat(locale, options)`, made once for the same language and options. */
export function numberFormat(locale?: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = keyOf(locale, options);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
