import { describe, expect, it } from 'vitest';
import { requestAttributes } from './access';

const attrs = (method: string, url: string) => {
  const u = new URL(url, 'http://127.0.0.1');
  return requestAttributes(method, u.pathname, u.searchParams);
};

describe('requestAttributes', () => {
  // rows of apiserver's requestinfo_test.go (TestGetAPIRequestInfo, TestFieldSelectorParsing): method, URL, verb, group, namespace, resource, subresource, name
  it.each([
    ['GET', '/api/v1/namespaces', 'list', '', '', 'namespaces', '', ''],
    ['GET', '/api/v1/namespaces/other', 'get', '', 'other', 'namespaces', '', 'other'],
    ['GET', '/api/v1/namespaces/other/pods', 'list', '', 'other', 'pods', '', ''],
    ['HEAD', '/api/v1/namespaces/other/pods/foo', 'get', '', 'other', 'pods', '', 'foo'],
    ['HEAD', '/api/v1/pods', 'list', '', '', 'pods', '', ''],
    ['PATCH', '/api/v1/namespaces/new-namespace', 'patch', '', '', 'namespaces', '', 'new-namespace'],
    ['GET', '/api/v1/proxy/namespaces/other/pods/foo/subpath/not/a/subresource', 'proxy', '', 'other', 'pods', '', 'foo'],
    ['GET', '/api/v1/watch/pods', 'watch', '', '', 'pods', '', ''],
    ['GET', '/api/v1/pods?watch=true', 'watch', '', '', 'pods', '', ''],
    ['GET', '/api/v1/pods?watch=false', 'list', '', '', 'pods', '', ''],
    ['GET', '/api/v1/watch/namespaces/other/pods', 'watch', '', 'other', 'pods', '', ''],
    ['GET', '/api/v1/namespaces/other/pods?watch=1', 'watch', '', 'other', 'pods', '', ''],
    ['GET', '/api/v1/namespaces/other/pods?watch=0', 'list', '', 'other', 'pods', '', ''],
    ['GET', '/api/v1/namespaces/other/pods/foo/status', 'get', '', 'other', 'pods', 'status', 'foo'],
    ['GET', '/api/v1/namespaces/other/pods/foo/proxy/subpath', 'get', '', 'other', 'pods', 'proxy', 'foo'],
    ['PUT', '/api/v1/namespaces/other/finalize', 'update', '', 'other', 'namespaces', 'finalize', 'other'],
    ['PUT', '/api/v1/namespaces/other/status', 'update', '', 'other', 'namespaces', 'status', 'other'],
    ['DELETE', '/api/v1/namespaces/other/pods/foo', 'delete', '', 'other', 'pods', '', 'foo'],
    ['POST', '/api/v1/namespaces/other/pods', 'create', '', 'other', 'pods', '', ''],
    ['DELETE', '/api/v1/nodes', 'deletecollection', '', '', 'nodes', '', ''],
    ['DELETE', '/apis/extensions/v1/namespaces/other/pods', 'deletecollection', 'extensions', 'other', 'pods', '', ''],
    ['POST', '/apis/extensions/v1beta3/namespaces/other/pods', 'create', 'extensions', 'other', 'pods', '', ''],
    ['GET', '/apis/batch/v1/job/foo/scale', 'get', 'batch', '', 'job', 'scale', 'foo'],
    ['GET', '/apis/group/version/resource?fieldSelector=metadata.name=name1', 'list', 'group', '', 'resource', '', 'name1'],
    ['GET', '/apis/group/version/resource?watch=true&fieldSelector=metadata.name=name1', 'watch', 'group', '', 'resource', '', 'name1'],
    ['GET', '/apis/group/version/resource?fieldSelector=foo=bar', 'list', 'group', '', 'resource', '', ''],
    ['GET', '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo', 'list', 'group', '', 'resource', '', ''],
    ['GET', '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=true', 'watch', 'group', '', 'resource', '', ''],
    ['GET', '/apis/group/version/resource?fieldSelector=metadata.name=name1,foo&watch=false', 'list', 'group', '', 'resource', '', ''],
  ])('%s %s is a resource request: %s', (method, url, verb, apiGroup, namespace, resource, subresource, name) => {
    expect(attrs(method, url)).toEqual({ resourceRequest: true, verb, apiGroup, namespace, resource, subresource, name });
  });

  // requestinfo_test.go's non-resource rows: the verb is the lowercased method, the path as sent
  it.each([
    ['GET', '/'],
    ['GET', '/api'],
    ['GET', '/api/version'],
    ['GET', '/api/version/'],
    ['GET', '/apis/extensions/v1beta1'],
    ['GET', '/apis/extensions/v1beta1/'],
    ['GET', '/apis/version/resource'],
    ['GET', '/not-api/version/resource'],
    ['HEAD', '/version'],
    ['POST', '/openapi/v3'],
  ])('%s %s is a non-resource request', (method, path) => {
    expect(attrs(method, path)).toEqual({ resourceRequest: false, verb: method.toLowerCase(), path });
  });
});
