import { describe, expect, it } from 'vitest';
import { ruleAllows, type PolicyRule, type RequestAttributes } from './rules';

const res = (verb: string, apiGroup: string, resource: string, extra: Partial<RequestAttributes> = {}): RequestAttributes => ({
  resourceRequest: true,
  verb,
  apiGroup,
  resource,
  namespace: 'ns',
  ...extra,
});
const url = (verb: string, path: string): RequestAttributes => ({ resourceRequest: false, verb, path });

// the cases of upstream's rbac_test.go TestRuleMatches (authorizer/rbac), as rule × request → allowed
const TABLE: { name: string; rule: PolicyRule; requests: [RequestAttributes, boolean][] }[] = [
  {
    name: 'star verb, exact match other',
    rule: { verbs: ['*'], apiGroups: ['group1'], resources: ['resource1'] },
    requests: [
      [res('get', 'group1', 'resource1'), true],
      [res('get', 'group2', 'resource1'), false],
      [res('get', 'group1', 'resource2'), false],
      [res('get', 'group2', 'resource2'), false],
      [res('update', 'group1', 'resource1'), true],
    ],
  },
  {
    name: 'star group, exact match other',
    rule: { verbs: ['get'], apiGroups: ['*'], resources: ['resource1'] },
    requests: [
      [res('get', 'group1', 'resource1'), true],
      [res('get', 'group2', 'resource1'), true],
      [res('get', 'group1', 'resource2'), false],
      [res('update', 'group1', 'resource1'), false],
    ],
  },
  {
    name: 'star resource, exact match other',
    rule: { verbs: ['get'], apiGroups: ['group1'], resources: ['*'] },
    requests: [
      [res('get', 'group1', 'resource1'), true],
      [res('get', 'group2', 'resource1'), false],
      [res('get', 'group1', 'resource2'), true],
      [res('update', 'group1', 'resource1'), false],
    ],
  },
  {
    name: 'tuple expansion',
    rule: { verbs: ['get', 'update'], apiGroups: ['group1', 'group2'], resources: ['resource1', 'resource2'] },
    requests: [
      [res('get', 'group1', 'resource1'), true],
      [res('get', 'group2', 'resource1'), true],
      [res('get', 'group1', 'resource2'), true],
      [res('get', 'group2', 'resource2'), true],
      [res('update', 'group1', 'resource1'), true],
      [res('update', 'group2', 'resource2'), true],
      [res('delete', 'group1', 'resource1'), false],
    ],
  },
  {
    name: 'subresource expansion',
    rule: { verbs: ['*'], apiGroups: ['*'], resources: ['resource1/subresource1'] },
    requests: [
      [res('get', 'group1', 'resource1', { subresource: 'subresource1' }), true],
      [res('get', 'group1', 'resource1', { subresource: 'subresource2' }), false],
      [res('get', 'group1', 'resource1'), false],
      [res('get', 'group2', 'resource2', { subresource: 'subresource1' }), false],
    ],
  },
  {
    name: 'star nonresource, exact match other',
    rule: { verbs: ['get'], nonResourceURLs: ['*'] },
    requests: [
      [url('get', '/foo'), true],
      [url('get', '/foo/bar'), true],
      [url('get', '/foo/baz'), true],
      [url('get', '/foo/bar/one'), true],
      [url('get', '/foo/baz/one'), true],
      [url('update', '/foo'), false],
    ],
  },
  {
    name: 'star nonresource subpath',
    rule: { verbs: ['get'], nonResourceURLs: ['/foo/*'] },
    requests: [
      [url('get', '/foo'), false],
      [url('get', '/foo/bar'), true],
      [url('get', '/foo/baz'), true],
      [url('get', '/foo/bar/one'), true],
      [url('get', '/foo/baz/one'), true],
      [url('get', '/bar'), false],
    ],
  },
  {
    name: 'star verb, exact nonresource',
    rule: { verbs: ['*'], nonResourceURLs: ['/foo', '/foo/bar/one'] },
    requests: [
      [url('get', '/foo'), true],
      [url('get', '/foo/bar'), false],
      [url('get', '/foo/baz'), false],
      [url('get', '/foo/bar/one'), true],
      [url('get', '/foo/baz/one'), false],
      [url('delete', '/foo'), true],
    ],
  },
];

describe('RBAC rule matching (upstream TestRuleMatches)', () => {
  for (const t of TABLE) {
    it(t.name, () => {
      for (const [req, want] of t.requests) expect(ruleAllows(req, t.rule), JSON.stringify(req)).toBe(want);
    });
  }

  it('matches a subresource through */<subresource> only', () => {
    const rule: PolicyRule = { verbs: ['get'], apiGroups: [''], resources: ['*/status'] };
    expect(ruleAllows(res('get', '', 'pods', { subresource: 'status' }), rule)).toBe(true);
    expect(ruleAllows(res('get', '', 'nodes', { subresource: 'status' }), rule)).toBe(true);
    expect(ruleAllows(res('get', '', 'pods', { subresource: 'log' }), rule)).toBe(false);
    expect(ruleAllows(res('get', '', 'pods'), rule)).toBe(false);
    // `pods/*` is no wildcard: it names a subresource literally called `*`
    expect(ruleAllows(res('get', '', 'pods', { subresource: 'log' }), { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] })).toBe(false);
  });

  it('needs the request to name one of resourceNames (list and create carry no name)', () => {
    const rule: PolicyRule = { verbs: ['get', 'list', 'update'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['my-config'] };
    expect(ruleAllows(res('get', '', 'configmaps', { name: 'my-config' }), rule)).toBe(true);
    expect(ruleAllows(res('get', '', 'configmaps', { name: 'other' }), rule)).toBe(false);
    expect(ruleAllows(res('list', '', 'configmaps'), rule)).toBe(false);
    expect(ruleAllows(res('get', '', 'configmaps', { name: 'x' }), { ...rule, resourceNames: [] })).toBe(true);
  });

  it('keeps resource and non-resource rules apart', () => {
    expect(ruleAllows(url('get', '/api'), { verbs: ['*'], apiGroups: ['*'], resources: ['*'] })).toBe(false);
    expect(ruleAllows(res('get', '', 'pods'), { verbs: ['*'], nonResourceURLs: ['*'] })).toBe(false);
  });
});
