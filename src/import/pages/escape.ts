/** Text → HTML text: the three characters that would otherwise be markup. Quotes stay as typed. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
