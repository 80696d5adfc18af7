import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { testJob as job } from './job-testing';

const jobPods = (c: Cluster) => c.api.list('pods', 'default').filter((p) => p.metadata.labels?.['job-name'] === 'pi');

describe('job controller', () => {
  it('generates the selector and the job-name / controller-uid labels, new and legacy', () => {
    const c = new Cluster({ seed: 3 });
    const created = c.api.create(job({}));
    const uid = created.metadata.uid;
    expect(created.spec.manualSelector).toBe(false);
    expect(created.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(created.spec.template.metadata.labels).toEqual({
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': 'pi',
      'controller-uid': uid,
      'job-name': 'pi',
    });
  });

  it('keeps a manual selector as given', () => {
    const c = new Cluster({ seed: 3 });
    const manual = job({ manualSelector: true, selector: { matchLabels: { app: 'pi' } } });
    manual.spec.template.metadata = { labels: { app: 'pi' } };
    const created = c.api.create(manual);
    expect(created.spec.selector).toEqual({ matchLabels: { app: 'pi' } });
    expect(created.spec.template.metadata.labels).toEqual({ app: 'pi' });
  });

  it('runs at most parallelism pods until completions pods succeeded, then is Complete', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(job({ completions: 3, parallelism: 2 }));
    c.runUntilIdle();
    let most = 0;
    c.advanceUntil(() => {
      most = Math.max(most, jobPods(c).filter((p) => !['Succeeded', 'Failed'].includes(p.status?.phase)).length);
      return (c.api.get('jobs.batch', 'default', 'pi').status?.succeeded ?? 0) >= 3;
    }, 60_000, 200);
    expect(most).toBe(2);
    const st = c.api.get('jobs.batch', 'default', 'pi').status;
    expect(st).toMatchObject({ succeeded: 3, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    expect(st.active).toBeUndefined();
    expect(st.conditions.map((x: { type: string; reason: string }) => `${x.type}/${x.reason}`)).toEqual(['SuccessCriteriaMet/CompletionsReached', 'Complete/CompletionsReached']);
    expect(st.completionTime).toBeDefined();
    expect(jobPods(c)).toHaveLength(3);
  });

  it('replaces failed pods with back-off and fails after backoffLimit', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(job({ backoffLimit: 1 }, 'exit 1'));
    c.advance(120_000);
    const st = c.api.get('jobs.batch', 'default', 'pi').status;
    expect(st.failed).toBe(2);
    expect(st.conditions.find((x: { type: string }) => x.type === 'Failed')).toMatchObject({ status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(jobPods(c)).toHaveLength(2);
  });
});
