import type { Lang, Translate } from '../../i18n/i18n';
import type { BasketLocals } from '../../middleware/basket-locals';
import type { AccountNavView } from '../../presenters/accounts/account-nav.presenter';

declare global {
  namespace Express {
    /** The view locals every page has (templates read them too). */
    interface Locals {
      /** The interface language and its helpers: set for every request by middleware/language.ts. */
      lang: Lang;
      t: Translate;
      plural: (key: string, count: number, params?: Record<string, string | number>) => string;
      localized: (text: { nl: string; en?: string } | undefined) => string;
      /** The URL of this page (for the language switch and form returns). */
      currentUrl: string;
      langSwitch: { lang: Lang; href: string };
      /** The comparison basket: set by middleware/basket-locals.ts for GET and HEAD requests. */
      compareBasket?: BasketLocals;
      /** The header's account links: set by middleware/account-nav.ts when the app has accounts. */
      accountNav?: AccountNavView;
    }
  }
}

export {};
