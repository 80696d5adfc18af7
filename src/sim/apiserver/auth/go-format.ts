/** Go's %q of a []string: `["a" "b"]` (each element strconv.Quote'd). */
import { goQuote } from '../validation/go-quote';

export const goQuoteList = (xs: string[]): string => `[${xs.map(goQuote).join(' ')}]`;
