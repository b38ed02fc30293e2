/** Numbers as readers see them: grouped digits ("3,000"), one formatter for every page. */
const COUNT = new Intl.NumberFormat('en');

/** A count with grouped digits. */
export const countText = (n: number): string => COUNT.format(n);

/** A count and its noun: "1 work", "2,345 works". */
export const countOf = (n: number, one: string, many = `${one}s`): string => `${countText(n)} ${n === 1 ? one : many}`;
