/** Numbers as readers see them: grouped digits ("3,000"), one formatter for every page. */
const COUNT = new Intl.NumberFormat('en');

/** A count with grouped digits. */
export const countText = (n: number): string => COUNT.format(n);
