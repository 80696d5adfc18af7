import { describe, expect, it } from 'vitest';
import { expandShortOptions, writeOut, type TransferInfo } from './curl-args';

const done: TransferInfo = { url: 'http://srv:8080/', status: 200, exitCode: 0, ms: 12, ip: '10.96.1.2', port: 8080, size: 615, contentType: 'text/html', method: 'GET', errorMessage: '' };

describe('curl arguments', () => {
  it('splits grouped short options, a value-taking one ending the group', () => {
    expect(expandShortOptions(['curl', '-sSo', '/dev/null', '-m2', '-sw', '%{http_code}', 'srv'])).toEqual(['curl', '-s', '-S', '-o', '/dev/null', '-m', '2', '-s', '-w', '%{http_code}', 'srv']);
    expect(expandShortOptions(['curl', '--max-time', '3', '-', 'x'])).toEqual(['curl', '--max-time', '3', '-', 'x']);
  });

  it('renders --write-out variables and escapes; a transfer without a response has code 000', () => {
    expect(writeOut('%{http_code}\\n', done)).toEqual({ out: '200\n', err: '' });
    expect(writeOut('%{response_code} %{exitcode} %{url_effective} %{remote_ip}:%{remote_port} %{size_download} %%\\t', done).out).toBe('200 0 http://srv:8080/ 10.96.1.2:8080 615 %\t');
    expect(writeOut('%{http_code} %{exitcode} %{time_total}', { ...done, status: 0, exitCode: 28, ms: 2001, ip: undefined }).out).toBe('000 28 2.001000');
    expect(writeOut('%{nope}x', done)).toEqual({ out: 'x', err: "curl: unknown --write-out variable: 'nope'\n" });
  });
});
