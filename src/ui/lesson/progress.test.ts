import { describe, expect, it } from 'vitest';
import { completedSteps, PROGRESS_KEY } from '../home/progress';
import { markStepDone } from './progress';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
}

describe('lesson progress', () => {
  it('records completed steps where the home page reads them', () => {
    const s = memoryStorage();
    markStepDone('services', 'expose', s);
    markStepDone('services', 'service-yaml', s);
    markStepDone('services', 'expose', s);
    expect([...completedSteps('services', s)]).toEqual(['expose', 'service-yaml']);
    expect(JSON.parse(s.getItem(PROGRESS_KEY)!)).toEqual({ services: { expose: true, 'service-yaml': true } });
  });

  it('survives unreadable stored progress', () => {
    const s = memoryStorage();
    s.setItem(PROGRESS_KEY, '{not json');
    expect(() => markStepDone('services', 'expose', s)).not.toThrow();
  });
});
