import type { AppDeps } from '../../app-deps';
import type { HistoryService } from '../../services/history/history-service';

/** What the history pages, feeds and API need: the read model, the config and the stored history. */
export type HistoryDeps = Pick<AppDeps, 'store' | 'config'> & { history: HistoryService };
