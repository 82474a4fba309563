import { placeServices } from '../../../src/domain/solution/place-services';
import { iaas, model, saas } from './solution-fixtures';

describe('placing basket services in a composition', () => {
  const m = model([
    saas('suite', { capabilities: ['mail-calendar', 'chat'] }),
    saas('chat-only', { capabilities: ['chat'] }),
    saas('video', { capabilities: ['chat', 'video-meetings'] }),
    iaas('compute-a'),
    iaas('compute-b'),
  ]);

  it('gives each service the functions still free, then a free category, and names what is left', () => {
    const { composition, left } = placeServices(['suite', 'chat-only', 'video', 'compute-a', 'compute-b'], m);
    expect(composition.picks.map((p) => `${p.slot.kind}:${p.slot.id}=${p.serviceId}`)).toEqual([
      'function:mail-calendar=suite',
      'function:chat=suite',
      'category:workplace-cat=chat-only',
      'function:video-meetings=video',
      'category:compute=compute-a',
    ]);
    expect(left).toEqual(['compute-b']);
  });
});
